package org.seq4j.recipe.schema;

import java.util.Objects;

/**
 * One recipe setting, declared once: its key, type, default and description. The same declaration
 * drives validation, the {@code --settings} documentation, recipe.resolved.yaml and the manifest.
 *
 * @param key the key inside its section ({@code cell}, not {@code model.encoder.cell})
 * @param type how values are read, checked and written
 * @param defaultValue the value when the recipe does not set it; {@code null} when there is none
 * @param required whether the recipe must set it
 * @param description one sentence for docs
 * @param <T> the value's Java type
 */
public record Setting<T>(
    String key, ValueType<T> type, T defaultValue, boolean required, String description) {

  public Setting {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(description, "description");
  }

  /** A setting with a default value. */
  public static <T> Setting<T> of(String key, ValueType<T> type, T defaultValue, String description) {
    return new Setting<>(key, type, Objects.requireNonNull(defaultValue, key), false, description);
  }

  /** A setting the recipe must give. */
  public static <T> Setting<T> required(String key, ValueType<T> type, String description) {
    return new Setting<>(key, type, null, true, description);
  }

  /** A setting that may stay unset (its value is then absent, written as {@code null}). */
  public static <T> Setting<T> optional(String key, ValueType<T> type, String description) {
    return new Setting<>(key, type, null, false, description);
  }
}

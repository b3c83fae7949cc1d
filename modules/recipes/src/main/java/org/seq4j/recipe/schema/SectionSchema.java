package org.seq4j.recipe.schema;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The declared keys of one recipe section: its settings and nested sections. The root of a recipe
 * is a section too (its settings are {@code name}, {@code seed}, {@code task}, {@code stages}).
 *
 * @param name the section key ({@code encoder}); empty for the root
 * @param description one sentence for docs
 * @param settings the settings, in documentation order
 * @param sections the nested sections
 */
public record SectionSchema(
    String name, String description, List<Setting<?>> settings, List<SectionSchema> sections) {

  public SectionSchema {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(description, "description");
    settings = List.copyOf(settings);
    sections = List.copyOf(sections);
  }

  public static SectionSchema of(String name, String description, Setting<?>... settings) {
    return new SectionSchema(name, description, List.of(settings), List.of());
  }

  /** This section with nested sections added. */
  public SectionSchema with(SectionSchema... nested) {
    List<SectionSchema> all = new ArrayList<>(sections);
    all.addAll(List.of(nested));
    return new SectionSchema(name, description, settings, all);
  }

  public Optional<Setting<?>> setting(String key) {
    return settings.stream().filter(s -> s.key().equals(key)).findFirst();
  }

  public Optional<SectionSchema> section(String key) {
    return sections.stream().filter(s -> s.name().equals(key)).findFirst();
  }

  /** All valid keys of this section, settings first, for "valid keys: ..." messages. */
  public List<String> validKeys() {
    List<String> keys = new ArrayList<>();
    settings.forEach(s -> keys.add(s.key()));
    sections.forEach(s -> keys.add(s.name()));
    return keys;
  }
}

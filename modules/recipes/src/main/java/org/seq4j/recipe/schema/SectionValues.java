package org.seq4j.recipe.schema;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The validated values of one section (defaults filled in), with where each key was written.
 * Immutable; produced by {@link SchemaBinder}.
 */
public final class SectionValues {
  private final String path;
  private final SectionSchema schema;
  private final Map<String, Object> values;
  private final Set<String> given;
  private final Map<String, SectionValues> sections;
  private final LocationIndex locations;

  /** Resolves dotted paths to where they were written. */
  @FunctionalInterface
  public interface LocationIndex {
    Location locate(String path);
  }

  SectionValues(
      String path,
      SectionSchema schema,
      Map<String, Object> values,
      Set<String> given,
      Map<String, SectionValues> sections,
      LocationIndex locations) {
    this.path = path;
    this.schema = schema;
    this.values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
    this.given = Set.copyOf(given);
    this.sections = Collections.unmodifiableMap(new LinkedHashMap<>(sections));
    this.locations = locations;
  }

  /** The value of a setting of this section (its default when not given; null if optional and unset). */
  @SuppressWarnings("unchecked")
  public <T> T get(Setting<T> setting) {
    requireDeclared(setting);
    return (T) values.get(setting.key());
  }

  /** The value of an optional setting. */
  public <T> Optional<T> optional(Setting<T> setting) {
    return Optional.ofNullable(get(setting));
  }

  /** Whether the recipe or an override gave this setting explicitly. */
  public boolean isGiven(Setting<?> setting) {
    requireDeclared(setting);
    return given.contains(setting.key());
  }

  /** A nested section's values. */
  public SectionValues section(String name) {
    SectionValues s = sections.get(name);
    if (s == null) {
      throw new IllegalArgumentException("no section " + name + " in " + display());
    }
    return s;
  }

  /** The dotted path of a setting of this section ({@code model.encoder.cell}). */
  public String pathOf(Setting<?> setting) {
    return path.isEmpty() ? setting.key() : path + "." + setting.key();
  }

  /** Where a setting was written (or its section, when it was defaulted). */
  public Location locate(Setting<?> setting) {
    return locations.locate(pathOf(setting));
  }

  /** Where any dotted recipe path was written (the nearest enclosing key if it was defaulted). */
  public Location locateRaw(String dottedPath) {
    return locations.locate(dottedPath);
  }

  /** The dotted path of this section; empty for the root. */
  public String path() {
    return path;
  }

  public SectionSchema schema() {
    return schema;
  }

  /** All values as a YAML/JSON tree, defaults included, unset optional values as null. */
  public ObjectNode toTree() {
    ObjectNode node = JsonNodeFactory.instance.objectNode();
    for (Setting<?> s : schema.settings()) {
      node.set(s.key(), writeValue(s));
    }
    sections.forEach((name, values) -> node.set(name, values.toTree()));
    return node;
  }

  /** Flat {@code path → value} view, for the manifest. */
  public Map<String, Object> flatten() {
    Map<String, Object> flat = new LinkedHashMap<>();
    for (Setting<?> s : schema.settings()) {
      flat.put(pathOf(s), writeValue(s));
    }
    sections.values().forEach(v -> flat.putAll(v.flatten()));
    return flat;
  }

  @SuppressWarnings("unchecked")
  private <T> com.fasterxml.jackson.databind.JsonNode writeValue(Setting<T> s) {
    T v = (T) values.get(s.key());
    return v == null ? JsonNodeFactory.instance.nullNode() : s.type().write(v);
  }

  private void requireDeclared(Setting<?> setting) {
    if (schema.setting(setting.key()).filter(s -> s == setting).isEmpty()) {
      throw new IllegalArgumentException(setting.key() + " is not declared in " + display());
    }
  }

  private String display() {
    return path.isEmpty() ? "the recipe root" : path;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof SectionValues other
        && path.equals(other.path)
        && values.equals(other.values)
        && sections.equals(other.sections);
  }

  @Override
  public int hashCode() {
    return Objects.hash(path, values, sections);
  }
}

package org.seq4j.recipe.schema;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Binds a {@link LocatedTree} to a {@link SectionSchema}: rejects unknown keys (listing the valid
 * ones), checks every value's type and choices, and fills in defaults. Also applies {@code --set}
 * overrides, which are checked against the same declarations before they touch the tree.
 */
public final class SchemaBinder {
  private final SectionSchema root;

  public SchemaBinder(SectionSchema root) {
    this.root = root;
  }

  /** Validates the tree and returns its values with defaults filled in. */
  public SectionValues bind(LocatedTree tree) {
    return bindSection(root, "", tree);
  }

  private SectionValues bindSection(SectionSchema schema, String path, LocatedTree tree) {
    JsonNode node = path.isEmpty() ? tree.rootNode() : tree.get(path);
    if (node != null && !node.isNull() && !node.isObject()) {
      throw tree.locate(path).error("expected a mapping for section '" + path + "'; valid keys: "
          + String.join(", ", schema.validKeys()));
    }
    if (node != null && node.isObject()) {
      for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
        String key = it.next();
        if (schema.setting(key).isEmpty() && schema.section(key).isEmpty()) {
          throw tree.locate(join(path, key)).error(unknownKey(schema, path, key));
        }
      }
    }
    Map<String, Object> values = new LinkedHashMap<>();
    Set<String> given = new HashSet<>();
    for (Setting<?> s : schema.settings()) {
      JsonNode v = node == null || !node.isObject() ? null : node.get(s.key());
      String keyPath = join(path, s.key());
      if (v == null || v.isNull()) {
        if (s.required()) {
          throw tree.locate(keyPath).error("missing required key '" + keyPath + "' ("
              + s.description() + "; expected " + s.type().describe() + ")");
        }
        values.put(s.key(), s.defaultValue());
      } else {
        values.put(s.key(), read(s, v, keyPath, tree));
        given.add(s.key());
      }
    }
    Map<String, SectionValues> sections = new LinkedHashMap<>();
    for (SectionSchema sub : schema.sections()) {
      sections.put(sub.name(), bindSection(sub, join(path, sub.name()), tree));
    }
    return new SectionValues(path, schema, values, given, sections, tree::locate);
  }

  private static <T> T read(Setting<T> s, JsonNode v, String keyPath, LocatedTree tree) {
    return s.type().read(v).orElseThrow(() -> tree.locate(keyPath).error(invalid(v, keyPath, s)));
  }

  /**
   * Applies one {@code key.path=value} override to the tree. The path must name a declared setting
   * and the text must be a valid value of its type; it is stored in its typed form.
   */
  public void override(LocatedTree tree, String assignment) {
    Location where = new Location("--set " + assignment, 0);
    int eq = assignment.indexOf('=');
    if (eq <= 0) {
      throw where.error("expected key.path=value");
    }
    String path = assignment.substring(0, eq).trim();
    String text = assignment.substring(eq + 1);
    SectionSchema schema = root;
    String[] parts = path.split("\\.", -1);
    String prefix = "";
    for (int i = 0; i < parts.length - 1; i++) {
      Optional<SectionSchema> sub = schema.section(parts[i]);
      if (sub.isEmpty()) {
        throw where.error(unknownKey(schema, prefix, parts[i]));
      }
      schema = sub.get();
      prefix = join(prefix, parts[i]);
    }
    String last = parts[parts.length - 1];
    Optional<Setting<?>> setting = schema.setting(last);
    if (setting.isEmpty()) {
      throw where.error(schema.section(last).isPresent()
          ? "'" + path + "' is a section; set one of its keys: "
              + String.join(", ", schema.section(last).get().validKeys())
          : unknownKey(schema, prefix, last));
    }
    tree.set(path, parse(setting.get(), text, path, where), where);
  }

  private static <T> JsonNode parse(Setting<T> s, String text, String path, Location where) {
    T value = s.type().parse(text).orElseThrow(
        () -> where.error(invalid(TextNode.valueOf(text), path, s)));
    return s.type().write(value);
  }

  private static String invalid(JsonNode v, String keyPath, Setting<?> s) {
    String shown = v.isValueNode() ? v.asText() : v.toString();
    return "Invalid value '" + shown + "' for " + keyPath + ": expected " + s.type().describe();
  }

  private static String unknownKey(SectionSchema schema, String path, String key) {
    String where = path.isEmpty() ? "at the top level" : "in section '" + path + "'";
    return "unknown key '" + key + "' " + where + "; valid keys: "
        + String.join(", ", schema.validKeys());
  }

  private static String join(String prefix, String key) {
    return prefix.isEmpty() ? key : prefix + "." + key;
  }
}

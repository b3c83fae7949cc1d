package org.seq4j.recipe;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import java.io.UncheckedIOException;
import java.util.stream.Collectors;
import org.seq4j.recipe.schema.SectionSchema;
import org.seq4j.recipe.schema.Setting;

/**
 * Writes recipes as YAML: the resolved recipe (every key, defaults included, so a run can be
 * repeated from recipe.resolved.yaml alone) and the settings reference generated from the
 * declarations.
 */
public final class RecipeYaml {
  private static final ObjectMapper YAML =
      new ObjectMapper(new YAMLFactory()
          .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
          .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES));

  private RecipeYaml() {}

  /** The resolved recipe as YAML. */
  public static String write(Recipe recipe) {
    try {
      return YAML.writeValueAsString(recipe.settings().toTree());
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A plain-text reference of every recipe key: type, default and description. */
  public static String reference() {
    StringBuilder out = new StringBuilder();
    describe(Recipe.SCHEMA, "", out);
    return out.toString();
  }

  private static void describe(SectionSchema schema, String prefix, StringBuilder out) {
    if (!prefix.isEmpty()) {
      out.append('\n').append(prefix).append(": ").append(schema.description()).append('\n');
    }
    for (Setting<?> s : schema.settings()) {
      String key = prefix.isEmpty() ? s.key() : prefix + "." + s.key();
      out.append("  ").append(key).append(" (").append(s.type().describe()).append(", ")
          .append(s.required() ? "required" : s.defaultValue() == null ? "optional" : "default " + shown(s))
          .append(")\n      ").append(s.description()).append('\n');
    }
    for (SectionSchema sub : schema.sections()) {
      describe(sub, prefix.isEmpty() ? sub.name() : prefix + "." + sub.name(), out);
    }
  }

  @SuppressWarnings("unchecked")
  private static <T> String shown(Setting<T> s) {
    var node = s.type().write(s.defaultValue());
    if (node.isArray()) {
      return "[" + java.util.stream.StreamSupport.stream(node.spliterator(), false)
          .map(n -> n.asText()).collect(Collectors.joining(", ")) + "]";
    }
    return node.asText();
  }
}

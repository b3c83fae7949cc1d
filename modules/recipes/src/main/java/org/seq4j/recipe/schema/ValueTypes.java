package org.seq4j.recipe.schema;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The value types recipe settings use. YAML values must already have the right type ({@code epochs:
 * "3"} is rejected, {@code epochs: 3} accepted); {@code --set} text is coerced, since everything on a
 * command line is text. Choices are enums named in recipes by their lower-case short names.
 */
public final class ValueTypes {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private ValueTypes() {}

  /** An integer that is at least {@code min}. */
  public static ValueType<Integer> integer(int min) {
    return new ValueType<>() {
      @Override
      public String describe() {
        return "an integer >= " + min;
      }

      @Override
      public Optional<Integer> read(JsonNode node) {
        return node.isIntegralNumber() && node.canConvertToInt()
            ? check(node.intValue())
            : Optional.empty();
      }

      @Override
      public Optional<Integer> parse(String text) {
        try {
          return check(Integer.parseInt(text.trim()));
        } catch (NumberFormatException e) {
          return Optional.empty();
        }
      }

      private Optional<Integer> check(int v) {
        return v >= min ? Optional.of(v) : Optional.empty();
      }

      @Override
      public JsonNode write(Integer value) {
        return NODES.numberNode(value);
      }
    };
  }

  /** Any 64-bit integer (seeds). */
  public static ValueType<Long> longInteger() {
    return new ValueType<>() {
      @Override
      public String describe() {
        return "an integer";
      }

      @Override
      public Optional<Long> read(JsonNode node) {
        return node.isIntegralNumber() && node.canConvertToLong()
            ? Optional.of(node.longValue())
            : Optional.empty();
      }

      @Override
      public Optional<Long> parse(String text) {
        try {
          return Optional.of(Long.parseLong(text.trim()));
        } catch (NumberFormatException e) {
          return Optional.empty();
        }
      }

      @Override
      public JsonNode write(Long value) {
        return NODES.numberNode(value);
      }
    };
  }

  /** A number in {@code [min, max]} (integers are accepted too). */
  public static ValueType<Double> number(double min, double max) {
    return new ValueType<>() {
      @Override
      public String describe() {
        return "a number in [" + min + ", " + max + "]";
      }

      @Override
      public Optional<Double> read(JsonNode node) {
        return node.isNumber() ? check(node.doubleValue()) : Optional.empty();
      }

      @Override
      public Optional<Double> parse(String text) {
        try {
          return check(Double.parseDouble(text.trim()));
        } catch (NumberFormatException e) {
          return Optional.empty();
        }
      }

      private Optional<Double> check(double v) {
        return v >= min && v <= max && !Double.isNaN(v) ? Optional.of(v) : Optional.empty();
      }

      @Override
      public JsonNode write(Double value) {
        return NODES.numberNode(value);
      }
    };
  }

  /** {@code true} or {@code false}. */
  public static ValueType<Boolean> bool() {
    return new ValueType<>() {
      @Override
      public String describe() {
        return "true|false";
      }

      @Override
      public Optional<Boolean> read(JsonNode node) {
        return node.isBoolean() ? Optional.of(node.booleanValue()) : Optional.empty();
      }

      @Override
      public Optional<Boolean> parse(String text) {
        String t = text.trim().toLowerCase(Locale.ROOT);
        return t.equals("true") || t.equals("false")
            ? Optional.of(Boolean.parseBoolean(t))
            : Optional.empty();
      }

      @Override
      public JsonNode write(Boolean value) {
        return NODES.booleanNode(value);
      }
    };
  }

  /** A non-empty string (names, file names, paths). */
  public static ValueType<String> text() {
    return new ValueType<>() {
      @Override
      public String describe() {
        return "a non-empty string";
      }

      @Override
      public Optional<String> read(JsonNode node) {
        return node.isTextual() || node.isNumber() ? parse(node.asText()) : Optional.empty();
      }

      @Override
      public Optional<String> parse(String text) {
        return text.isBlank() ? Optional.empty() : Optional.of(text.trim());
      }

      @Override
      public JsonNode write(String value) {
        return NODES.textNode(value);
      }
    };
  }

  /**
   * A list of non-empty strings (file names, for example), written {@code [a, b]} in YAML,
   * {@code [a,b]} or {@code a,b} on the command line (so items cannot contain commas there).
   */
  public static ValueType<List<String>> textList() {
    ValueType<String> element = text();
    return new ValueType<>() {
      @Override
      public String describe() {
        return "a list of non-empty strings";
      }

      @Override
      public Optional<List<String>> read(JsonNode node) {
        if (!node.isArray()) {
          return Optional.empty();
        }
        List<String> out = new ArrayList<>();
        for (JsonNode item : node) {
          Optional<String> e = element.read(item);
          if (e.isEmpty()) {
            return Optional.empty();
          }
          out.add(e.get());
        }
        return Optional.of(List.copyOf(out));
      }

      @Override
      public Optional<List<String>> parse(String text) {
        String t = text.trim();
        if (t.startsWith("[") && t.endsWith("]")) {
          t = t.substring(1, t.length() - 1);
        }
        List<String> out = new ArrayList<>();
        if (t.isBlank()) {
          return Optional.of(List.of());
        }
        for (String part : t.split(",")) {
          Optional<String> e = element.parse(part);
          if (e.isEmpty()) {
            return Optional.empty();
          }
          out.add(e.get());
        }
        return Optional.of(List.copyOf(out));
      }

      @Override
      public JsonNode write(List<String> value) {
        ArrayNode array = NODES.arrayNode();
        value.forEach(array::add);
        return array;
      }
    };
  }

  /** A string matching a regular expression (names that become directory names, for example). */
  public static ValueType<String> matching(java.util.regex.Pattern pattern, String description) {
    return new ValueType<>() {
      @Override
      public String describe() {
        return description;
      }

      @Override
      public Optional<String> read(JsonNode node) {
        return node.isTextual() || node.isNumber() ? parse(node.asText()) : Optional.empty();
      }

      @Override
      public Optional<String> parse(String text) {
        return pattern.matcher(text.trim()).matches() ? Optional.of(text.trim()) : Optional.empty();
      }

      @Override
      public JsonNode write(String value) {
        return NODES.textNode(value);
      }
    };
  }

  /** One of an enum's constants, written as its lower-case name. */
  public static <E extends Enum<E>> ValueType<E> choice(Class<E> type) {
    return new ValueType<>() {
      @Override
      public String describe() {
        return Arrays.stream(type.getEnumConstants())
            .map(ValueTypes::shortName)
            .collect(Collectors.joining("|"));
      }

      @Override
      public Optional<E> read(JsonNode node) {
        return node.isTextual() ? parse(node.textValue()) : Optional.empty();
      }

      @Override
      public Optional<E> parse(String text) {
        String t = text.trim();
        return Arrays.stream(type.getEnumConstants())
            .filter(c -> shortName(c).equals(t))
            .findFirst();
      }

      @Override
      public JsonNode write(E value) {
        return NODES.textNode(shortName(value));
      }
    };
  }

  /**
   * A list of choices, written in YAML as {@code [a, b]}; on the command line as {@code [a,b]} or
   * {@code a,b}. Duplicates are rejected.
   */
  public static <E extends Enum<E>> ValueType<List<E>> choiceList(Class<E> type) {
    ValueType<E> element = choice(type);
    return new ValueType<>() {
      @Override
      public String describe() {
        return "a list of " + element.describe();
      }

      @Override
      public Optional<List<E>> read(JsonNode node) {
        if (!node.isArray()) {
          return Optional.empty();
        }
        List<E> out = new ArrayList<>();
        for (JsonNode item : node) {
          Optional<E> e = element.read(item);
          if (e.isEmpty() || out.contains(e.get())) {
            return Optional.empty();
          }
          out.add(e.get());
        }
        return Optional.of(List.copyOf(out));
      }

      @Override
      public Optional<List<E>> parse(String text) {
        String t = text.trim();
        if (t.startsWith("[") && t.endsWith("]")) {
          t = t.substring(1, t.length() - 1);
        }
        List<E> out = new ArrayList<>();
        if (t.isBlank()) {
          return Optional.of(List.of());
        }
        for (String part : t.split(",")) {
          Optional<E> e = element.parse(part);
          if (e.isEmpty() || out.contains(e.get())) {
            return Optional.empty();
          }
          out.add(e.get());
        }
        return Optional.of(List.copyOf(out));
      }

      @Override
      public JsonNode write(List<E> value) {
        ArrayNode array = NODES.arrayNode();
        value.forEach(v -> array.add(element.write(v)));
        return array;
      }
    };
  }

  /**
   * One of a fixed list of names that another module declares (tokenizer names, for example), so
   * the list is not repeated here.
   */
  public static ValueType<String> name(List<String> valid) {
    List<String> names = List.copyOf(valid);
    return new ValueType<>() {
      @Override
      public String describe() {
        return String.join("|", names);
      }

      @Override
      public Optional<String> read(JsonNode node) {
        return node.isTextual() ? parse(node.textValue()) : Optional.empty();
      }

      @Override
      public Optional<String> parse(String text) {
        return names.contains(text.trim()) ? Optional.of(text.trim()) : Optional.empty();
      }

      @Override
      public JsonNode write(String value) {
        return NODES.textNode(value);
      }
    };
  }

  /**
   * A list of names from a fixed list, each optionally followed by {@code :argument} (as in {@code
   * stopwords:FILE}); written {@code [a, b]} in YAML, {@code [a,b]} or {@code a,b} on the command line.
   */
  public static ValueType<List<String>> nameList(List<String> valid, char argumentSeparator) {
    List<String> names = List.copyOf(valid);
    return new ValueType<>() {
      @Override
      public String describe() {
        return "a list of " + String.join("|", names);
      }

      private boolean valid(String item) {
        int sep = item.indexOf(argumentSeparator);
        return names.contains(sep < 0 ? item : item.substring(0, sep));
      }

      @Override
      public Optional<List<String>> read(JsonNode node) {
        if (!node.isArray()) {
          return Optional.empty();
        }
        List<String> out = new ArrayList<>();
        for (JsonNode item : node) {
          if (!item.isTextual() || !valid(item.textValue().trim())) {
            return Optional.empty();
          }
          out.add(item.textValue().trim());
        }
        return Optional.of(List.copyOf(out));
      }

      @Override
      public Optional<List<String>> parse(String text) {
        String t = text.trim();
        if (t.startsWith("[") && t.endsWith("]")) {
          t = t.substring(1, t.length() - 1);
        }
        List<String> out = new ArrayList<>();
        if (t.isBlank()) {
          return Optional.of(List.of());
        }
        for (String part : t.split(",")) {
          if (!valid(part.trim())) {
            return Optional.empty();
          }
          out.add(part.trim());
        }
        return Optional.of(List.copyOf(out));
      }

      @Override
      public JsonNode write(List<String> value) {
        ArrayNode array = NODES.arrayNode();
        value.forEach(array::add);
        return array;
      }
    };
  }

  /** The short name a recipe uses for an enum constant: its lower-case name. */
  public static String shortName(Enum<?> constant) {
    return constant.name().toLowerCase(Locale.ROOT);
  }
}

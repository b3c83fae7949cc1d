package org.seq4j.recipe.schema;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.util.HashMap;
import java.util.Map;
import org.seq4j.recipe.RecipeException;

/**
 * A recipe parsed into a tree, with the location of every key (dotted path → file and line).
 *
 * <p>Design: Jackson's databind would bind YAML straight to classes but loses the line numbers and
 * words its errors in Java terms. We read Jackson's streaming YAML parser, which reports each
 * token's {@code JsonLocation}, build a plain tree, and bind it ourselves against the declared
 * settings, so every error names the recipe file, the key's line and the valid choices.
 *
 * <p>Not thread-safe while being built; treat as read-only afterwards.
 */
public final class LocatedTree {
  private static final YAMLFactory YAML = new YAMLFactory();
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private final ObjectNode root;
  private final Map<String, Location> locations;
  private final String source;

  private LocatedTree(ObjectNode root, Map<String, Location> locations, String source) {
    this.root = root;
    this.locations = locations;
    this.source = source;
  }

  /** An empty tree (ad hoc recipes built only from overrides). */
  public static LocatedTree empty(String source) {
    return new LocatedTree(NODES.objectNode(), new HashMap<>(), source);
  }

  /** Parses YAML text; {@code source} names it in messages (usually the recipe path). */
  public static LocatedTree parse(String yaml, String source) {
    return parse(new StringReader(yaml), source);
  }

  public static LocatedTree parse(Reader yaml, String source) {
    Map<String, Location> locations = new HashMap<>();
    try (JsonParser p = YAML.createParser(yaml)) {
      JsonToken first = p.nextToken();
      if (first == null) {
        return new LocatedTree(NODES.objectNode(), locations, source);
      }
      if (first != JsonToken.START_OBJECT) {
        throw new RecipeException(source, line(p), "expected a mapping of recipe keys at the top level");
      }
      ObjectNode root = readObject(p, "", source, locations);
      return new LocatedTree(root, locations, source);
    } catch (JsonProcessingException e) {
      long line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
      String msg = e.getOriginalMessage().lines().findFirst().orElse("invalid YAML");
      throw new RecipeException(source, line, "invalid YAML: " + msg, e);
    } catch (IOException e) {
      throw new RecipeException(source, 0, "cannot read recipe: " + e.getMessage(), e);
    }
  }

  private static ObjectNode readObject(
      JsonParser p, String prefix, String source, Map<String, Location> locations)
      throws IOException {
    ObjectNode obj = NODES.objectNode();
    JsonToken t;
    while ((t = p.nextToken()) == JsonToken.FIELD_NAME) {
      String key = p.currentName();
      String path = prefix.isEmpty() ? key : prefix + "." + key;
      long line = line(p);
      if (obj.has(key)) {
        throw new RecipeException(source, line, "duplicate key '" + path + "'");
      }
      locations.put(path, new Location(source, line));
      p.nextToken();
      obj.set(key, readValue(p, path, source, locations));
    }
    if (t != JsonToken.END_OBJECT) {
      throw new RecipeException(source, line(p), "expected a key");
    }
    return obj;
  }

  private static JsonNode readValue(
      JsonParser p, String path, String source, Map<String, Location> locations)
      throws IOException {
    JsonToken t = p.currentToken();
    switch (t) {
      case START_OBJECT:
        return readObject(p, path, source, locations);
      case START_ARRAY:
        ArrayNode array = NODES.arrayNode();
        while (p.nextToken() != JsonToken.END_ARRAY) {
          array.add(readValue(p, path, source, locations));
        }
        return array;
      case VALUE_STRING:
        return NODES.textNode(p.getText());
      case VALUE_NUMBER_INT:
        return NODES.numberNode(p.getLongValue());
      case VALUE_NUMBER_FLOAT:
        return NODES.numberNode(p.getDoubleValue());
      case VALUE_TRUE:
        return NODES.booleanNode(true);
      case VALUE_FALSE:
        return NODES.booleanNode(false);
      case VALUE_NULL:
        return NODES.nullNode();
      default:
        throw new RecipeException(source, line(p), "unexpected YAML token " + t + " at " + path);
    }
  }

  private static long line(JsonParser p) {
    return p.currentTokenLocation().getLineNr();
  }

  /** The node at a dotted path, or null. */
  public JsonNode get(String path) {
    JsonNode node = root;
    for (String part : path.split("\\.")) {
      if (node == null || !node.isObject()) {
        return null;
      }
      node = node.get(part);
    }
    return node;
  }

  /**
   * Sets the value at a dotted path (creating sections on the way) and records where it came from.
   * A non-mapping value on the way is replaced.
   */
  public void set(String path, JsonNode value, Location location) {
    String[] parts = path.split("\\.");
    ObjectNode node = root;
    for (int i = 0; i < parts.length - 1; i++) {
      JsonNode child = node.get(parts[i]);
      if (!(child instanceof ObjectNode)) {
        child = NODES.objectNode();
        node.set(parts[i], child);
      }
      node = (ObjectNode) child;
    }
    node.set(parts[parts.length - 1], value);
    locations.put(path, location);
  }

  /**
   * Where a key was written; for keys the recipe does not contain, the location of the nearest
   * enclosing key that it does contain, else the recipe file without a line.
   */
  public Location locate(String path) {
    String p = path;
    while (true) {
      Location loc = locations.get(p);
      if (loc != null) {
        return loc;
      }
      int dot = p.lastIndexOf('.');
      if (dot < 0) {
        return new Location(source, 0);
      }
      p = p.substring(0, dot);
    }
  }

  /** The root mapping (read-only use). */
  JsonNode rootNode() {
    return root;
  }

  /** Whether the recipe (or an override) gives this key. */
  public boolean contains(String path) {
    return locations.containsKey(path);
  }

  /** The recipe file (or other source) this tree was read from. */
  public String source() {
    return source;
  }
}

package org.seq4j.recipe.schema;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Optional;

/**
 * How one kind of setting value is read from a YAML node or from {@code --set} text, described in
 * messages and written back to YAML. Implementations are stateless and immutable.
 *
 * @param <T> the Java type of the value
 */
public interface ValueType<T> {

  /** What a valid value looks like, for messages and docs: {@code lstm|gru|rnn}, {@code an integer >= 1}. */
  String describe();

  /** Reads a value from a YAML node; empty when the node is not a valid value of this type. */
  Optional<T> read(JsonNode node);

  /** Reads a value from {@code --set} text; empty when the text is not a valid value. */
  Optional<T> parse(String text);

  /** The YAML node for a value (used for recipe.resolved.yaml and the manifest). */
  JsonNode write(T value);
}

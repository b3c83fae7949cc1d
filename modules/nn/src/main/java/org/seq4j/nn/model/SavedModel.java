package org.seq4j.nn.model;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.seq4j.corpus.BadInputException;
import org.seq4j.corpus.vocab.Vocabulary;
import org.seq4j.nn.param.Parameter;
import org.seq4j.nn.param.ParameterSet;

/**
 * The contents of a model file, as read by {@link ModelReader}: kind, config, manifest,
 * vocabularies and parameters (in file order). Maps are unmodifiable; parameter arrays are this
 * object's own copies, so {@link #loadInto} copies values rather than sharing them.
 *
 * @param source the file it came from (used in error messages)
 */
public record SavedModel(String source, String kind, String seq4jVersion, int formatVersion, JsonNode config,
    JsonNode manifest, Map<String, String> vocabularies, Map<String, INDArray> parameters) {

  public SavedModel {
    vocabularies = Collections.unmodifiableMap(new LinkedHashMap<>(vocabularies));
    parameters = Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
  }

  public Set<String> vocabularyNames() {
    return vocabularies.keySet();
  }

  /** The named vocabulary, parsed. */
  public Vocabulary vocabulary(String name) {
    String text = vocabularies.get(name);
    if (text == null) {
      throw new BadInputException(source, BadInputException.NO_LINE, "missing entry "
          + ModelFormat.vocabularyEntry(name) + " (have " + vocabularies.keySet() + ")");
    }
    return VocabularyText.fromText(text, source + "!" + ModelFormat.vocabularyEntry(name));
  }

  /**
   * Copies the stored values into {@code target}'s parameters, matched by name. Every parameter of
   * {@code target} must be in the file with the same shape, and the file must hold no others;
   * otherwise a {@link BadInputException} names the file and the first mismatch. Values are
   * converted to each target's data type. Nothing is copied unless everything matches.
   */
  public void loadInto(ParameterSet target) {
    for (Parameter p : target.list()) {
      INDArray stored = parameters.get(p.name());
      if (stored == null) {
        throw problem("parameter " + p.name() + " is missing (the model expects it)");
      }
      if (!Arrays.equals(stored.shape(), p.value().shape())) {
        throw problem("parameter " + p.name() + " has shape " + Arrays.toString(stored.shape())
            + " but the model expects " + Arrays.toString(p.value().shape()));
      }
    }
    if (parameters.size() != target.list().size()) {
      for (String name : parameters.keySet()) {
        boolean known = target.list().stream().anyMatch(p -> p.name().equals(name));
        if (!known) {
          throw problem("parameter " + name + " is not part of this model");
        }
      }
    }
    for (Parameter p : target.list()) {
      INDArray stored = parameters.get(p.name());
      p.value().assign(stored.dataType() == p.value().dataType() ? stored : stored.castTo(p.value().dataType()));
    }
  }

  /** This model with other parameter values (e.g. averaged ones). */
  public SavedModel withParameters(Map<String, INDArray> newParameters) {
    return new SavedModel(source, kind, seq4jVersion, formatVersion, config, manifest, vocabularies, newParameters);
  }

  private BadInputException problem(String text) {
    return new BadInputException(source, BadInputException.NO_LINE, text);
  }
}

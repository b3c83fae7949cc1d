package org.seq4j.seq2seq;

import java.util.ArrayList;
import java.util.List;

/**
 * Translates sentences with a trained encoder-decoder model.
 *
 * <p>Implementations are thread-safe and never mutate their arguments; results are immutable.
 * An empty input gives an empty output; an input longer than the model's limit is truncated with
 * a logged warning, never rejected.
 */
public interface Translator {

  /** One hypothesis with its model score (sum of log-probabilities, length-normalised as configured). */
  record Hypothesis(String text, double score) {}

  /** The best translation of one sentence. */
  String translate(String sentence);

  /** Best translations of many sentences, batched internally, in input order. */
  List<String> translateAll(List<String> sentences);

  /** Up to {@code n} best hypotheses, best first ({@code n <= beam size}). */
  List<Hypothesis> translateNBest(String sentence, int n);

  /**
   * Up to {@code n} best hypotheses of each sentence, best first, in input order (an empty sentence
   * gets one empty hypothesis). Implementations batch the sentences; this default translates them one at a time.
   */
  default List<List<Hypothesis>> translateAllNBest(List<String> sentences, int n) {
    List<List<Hypothesis>> out = new ArrayList<>(sentences.size());
    for (String sentence : sentences) {
      out.add(translateNBest(sentence, n));
    }
    return List.copyOf(out);
  }

  /** Loads a model file of kind {@code seq2seq} (see {@link org.seq4j.seq2seq.train.NeuralTranslator}). */
  static Translator load(java.nio.file.Path file) {
    return org.seq4j.seq2seq.train.NeuralTranslator.load(file);
  }
}

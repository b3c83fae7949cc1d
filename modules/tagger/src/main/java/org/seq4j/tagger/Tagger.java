package org.seq4j.tagger;

import java.nio.file.Path;
import java.util.List;

/**
 * Assigns one tag to every token of a sentence: UPOS, XPOS or NER tags in the scheme the model was
 * trained with. The seq4j counterpart of OpenNLP's {@code POSTagger.tag(String[])}.
 *
 * <p>Implementations are thread-safe and never mutate their arguments; results are immutable.
 * An empty sentence gives an empty list; unknown words and characters, and sentences longer than
 * anything seen in training, are tagged, never rejected.
 */
public interface Tagger {

  /** Tags one tokenized sentence; the result has exactly one tag per token. */
  List<String> tag(List<String> tokens);

  /**
   * Tags many sentences, batching them internally for throughput; the result is in input order
   * with one tag list per sentence.
   */
  List<List<String>> tagAll(List<List<String>> sentences);

  /** The tag set the model predicts from, in a stable order. */
  List<String> tags();

  /**
   * Loads a tagger model file (the single {@code model.zip} a training run writes).
   *
   * @throws org.seq4j.corpus.BadInputException naming the file when it is missing, not a seq4j
   *     tagger model, or from a newer format version
   */
  static Tagger load(Path modelFile) {
    return NeuralTagger.load(modelFile);
  }
}

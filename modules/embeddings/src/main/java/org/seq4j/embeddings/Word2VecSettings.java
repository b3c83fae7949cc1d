package org.seq4j.embeddings;

/**
 * Settings for word2vec training; recipe keys under {@code embed:} map one to one.
 *
 * @param algorithm skip-gram or CBOW
 * @param dimension vector length
 * @param window context words on each side
 * @param minCount words seen fewer times are dropped
 * @param epochs passes over the text
 * @param negative negative samples per positive pair (0 uses hierarchical softmax instead)
 * @param learningRate initial learning rate (decays linearly, as in word2vec)
 * @param seed random seed; training uses one worker thread so the seed fixes the result
 */
public record Word2VecSettings(
    Algorithm algorithm,
    int dimension,
    int window,
    int minCount,
    int epochs,
    int negative,
    double learningRate,
    long seed) {

  /** The two word2vec architectures. */
  public enum Algorithm {
    SKIPGRAM,
    CBOW
  }

  public static final int DEFAULT_DIMENSION = 100;
  public static final int DEFAULT_WINDOW = 5;
  public static final int DEFAULT_MIN_COUNT = 2;
  public static final int DEFAULT_EPOCHS = 5;
  public static final int DEFAULT_NEGATIVE = 5;
  public static final double DEFAULT_LEARNING_RATE = 0.025;

  public Word2VecSettings {
    if (dimension <= 0 || window <= 0 || minCount <= 0 || epochs <= 0 || negative < 0) {
      throw new IllegalArgumentException("word2vec settings must be positive: " + this);
    }
  }

  /** The word2vec defaults (skip-gram, 100 dims, window 5, 5 negatives) with the given seed. */
  public static Word2VecSettings defaults(long seed) {
    return new Word2VecSettings(
        Algorithm.SKIPGRAM,
        DEFAULT_DIMENSION,
        DEFAULT_WINDOW,
        DEFAULT_MIN_COUNT,
        DEFAULT_EPOCHS,
        DEFAULT_NEGATIVE,
        DEFAULT_LEARNING_RATE,
        seed);
  }
}

package org.seq4j.embeddings;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Builds an embedding matrix for a model vocabulary from pretrained vectors: a word's row is its
 * vector, else its lowercased form's vector, else a seeded uniform draw in {@code [-scale, scale]};
 * rows of the given zero ids (the padding token) are zero. The result says how many rows came from
 * where, so a recipe report can show it.
 *
 * <p>Drawing random rows from a generator seeded by the caller keeps runs reproducible; the draw
 * order is the vocabulary order, so adding pretrained vectors does not shift other rows' values.
 */
public final class EmbeddingInitializer {
  private EmbeddingInitializer() {}

  /**
   * The initialised matrix.
   *
   * @param values row-major {@code [vocabulary size, dimension]}
   * @param dimension the row length
   * @param exact rows taken from the vector of the word itself
   * @param lowercased rows taken from the lowercased word's vector
   * @param random rows drawn at random
   */
  public record Result(float[] values, int dimension, int exact, int lowercased, int random) {}

  public static Result initialise(
      List<String> vocabulary, WordVectors vectors, Set<Integer> zeroIds, double scale, long seed) {
    int dim = vectors.dimension();
    float[] m = new float[vocabulary.size() * dim];
    SplittableRandom random = new SplittableRandom(seed);
    int exact = 0;
    int lower = 0;
    int drawn = 0;
    for (int id = 0; id < vocabulary.size(); id++) {
      // Draw for every row so that row values never depend on which other words were found.
      float[] randomRow = new float[dim];
      for (int d = 0; d < dim; d++) {
        randomRow[d] = (float) ((random.nextDouble() * 2 - 1) * scale);
      }
      if (zeroIds.contains(id)) {
        continue;
      }
      String w = vocabulary.get(id);
      Optional<float[]> v = vectors.vector(w);
      if (v.isPresent()) {
        exact++;
      } else {
        v = vectors.vector(w.toLowerCase(Locale.ROOT));
        if (v.isPresent()) {
          lower++;
        }
      }
      float[] row = v.orElse(randomRow);
      if (v.isEmpty()) {
        drawn++;
      }
      System.arraycopy(row, 0, m, id * dim, dim);
    }
    return new Result(m, dim, exact, lower, drawn);
  }
}

package org.seq4j.corpus.toy;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.StringJoiner;
import org.seq4j.corpus.SentencePair;

/**
 * Generates a toy parallel corpus: random integer sequences as sources and the task's
 * transformation as targets, written as space-separated tokens so that every reader, tokenizer and
 * metric in seq4j handles them like any other text. Deterministic: the same settings and seed give
 * the same pairs.
 *
 * @param task which transformation the target applies
 * @param vocabularySize tokens are the integers {@code 0..vocabularySize-1}
 * @param minLength shortest source length (at least 1)
 * @param maxLength longest source length (inclusive)
 */
public record ToyTaskGenerator(ToyTask task, int vocabularySize, int minLength, int maxLength) {

  public ToyTaskGenerator {
    if (vocabularySize < 1) {
      throw new IllegalArgumentException("vocabularySize must be >= 1, got " + vocabularySize);
    }
    if (minLength < 1 || maxLength < minLength) {
      throw new IllegalArgumentException(
          "need 1 <= minLength <= maxLength, got " + minLength + ".." + maxLength);
    }
  }

  /** {@code count} pairs drawn with the given seed. */
  public List<SentencePair> generate(int count, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    List<SentencePair> pairs = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      int length = minLength + random.nextInt(maxLength - minLength + 1);
      int[] source = new int[length];
      for (int k = 0; k < length; k++) {
        source[k] = random.nextInt(vocabularySize);
      }
      pairs.add(new SentencePair(join(source), join(task.target(source))));
    }
    return List.copyOf(pairs);
  }

  private static String join(int[] tokens) {
    StringJoiner j = new StringJoiner(" ");
    for (int t : tokens) {
      j.add(Integer.toString(t));
    }
    return j.toString();
  }
}

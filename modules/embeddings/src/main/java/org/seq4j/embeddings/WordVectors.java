package org.seq4j.embeddings;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An immutable table of word vectors: words in file order, one row of {@code dimension} floats
 * each, stored in one row-major array (no per-word objects, so a 400k × 300 table costs its raw
 * size). Lookups are exact; callers that want a case-insensitive fallback ask for the lowercased
 * word themselves (see {@link EmbeddingInitializer}).
 */
public final class WordVectors {
  private final List<String> words;
  private final Map<String, Integer> index;
  private final float[] values;
  private final int dimension;

  /**
   * @param words the words, in order; duplicates keep the first occurrence for lookups
   * @param values row-major vectors, {@code words.size() * dimension} floats (copied)
   * @param dimension the vector length
   */
  public WordVectors(List<String> words, float[] values, int dimension) {
    if (dimension <= 0) {
      throw new IllegalArgumentException("dimension must be positive, got " + dimension);
    }
    if ((long) words.size() * dimension != values.length) {
      throw new IllegalArgumentException(
          words.size() + " words x " + dimension + " dims != " + values.length + " values");
    }
    this.words = List.copyOf(words);
    this.values = values.clone();
    this.dimension = dimension;
    Map<String, Integer> idx = new HashMap<>(words.size() * 2);
    for (int i = 0; i < words.size(); i++) {
      idx.putIfAbsent(words.get(i), i);
    }
    this.index = Collections.unmodifiableMap(idx);
  }

  public int size() {
    return words.size();
  }

  public int dimension() {
    return dimension;
  }

  /** The words in file order (unmodifiable). */
  public List<String> words() {
    return words;
  }

  public boolean contains(String word) {
    return index.containsKey(word);
  }

  /** A copy of the word's vector, if present. */
  public Optional<float[]> vector(String word) {
    Integer i = index.get(word);
    return i == null ? Optional.empty() : Optional.of(row(i));
  }

  /** A copy of row {@code i}. */
  public float[] row(int i) {
    float[] v = new float[dimension];
    System.arraycopy(values, i * dimension, v, 0, dimension);
    return v;
  }

  /** Copies row {@code i} into {@code target} at {@code offset} (no allocation). */
  public void copyRow(int i, float[] target, int offset) {
    System.arraycopy(values, i * dimension, target, offset, dimension);
  }

  /** The {@code k} words most similar to {@code word} by cosine similarity, excluding itself. */
  public List<Neighbour> nearest(String word, int k) {
    Integer i = index.get(word);
    if (i == null) {
      return List.of();
    }
    return nearest(row(i), k, i);
  }

  /** The {@code k} words whose vectors are most cosine-similar to {@code query}. */
  public List<Neighbour> nearest(float[] query, int k) {
    return nearest(query, k, -1);
  }

  private List<Neighbour> nearest(float[] query, int k, int exclude) {
    if (query.length != dimension) {
      throw new IllegalArgumentException("query has " + query.length + " dims, expected " + dimension);
    }
    double qn = norm(query, 0);
    java.util.PriorityQueue<Neighbour> best =
        new java.util.PriorityQueue<>(Math.max(1, k), java.util.Comparator.comparingDouble(Neighbour::similarity));
    for (int r = 0; r < words.size(); r++) {
      if (r == exclude) {
        continue;
      }
      int off = r * dimension;
      double dot = 0;
      for (int d = 0; d < dimension; d++) {
        dot += query[d] * values[off + d];
      }
      double denom = qn * norm(values, off);
      double sim = denom == 0 ? 0 : dot / denom;
      if (best.size() < k) {
        best.add(new Neighbour(words.get(r), sim));
      } else if (k > 0 && sim > best.peek().similarity()) {
        best.poll();
        best.add(new Neighbour(words.get(r), sim));
      }
    }
    List<Neighbour> out = new ArrayList<>(best);
    out.sort(java.util.Comparator.comparingDouble(Neighbour::similarity).reversed());
    return List.copyOf(out);
  }

  private double norm(float[] a, int off) {
    double s = 0;
    for (int d = 0; d < dimension; d++) {
      s += a[off + d] * a[off + d];
    }
    return Math.sqrt(s);
  }

  /** A neighbour in vector space. */
  public record Neighbour(String word, double similarity) {}
}

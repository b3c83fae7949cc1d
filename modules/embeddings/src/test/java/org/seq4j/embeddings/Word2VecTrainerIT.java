package org.seq4j.embeddings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Trains word2vec on a synthetic corpus where two word groups occur in disjoint contexts. */
class Word2VecTrainerIT {

  private static List<String> corpus(long seed) {
    String[] animals = {"cat", "dog", "horse", "cow"};
    String[] vehicles = {"car", "bus", "truck", "train"};
    String[] animalContext = {"feeds", "the", "hungry", "barn", "eats", "grass"};
    String[] vehicleContext = {"drives", "the", "fast", "road", "parks", "garage"};
    SplittableRandom r = new SplittableRandom(seed);
    List<String> out = new ArrayList<>();
    for (int i = 0; i < 3000; i++) {
      boolean animal = r.nextBoolean();
      String[] group = animal ? animals : vehicles;
      String[] ctx = animal ? animalContext : vehicleContext;
      StringBuilder sb = new StringBuilder();
      for (int k = 0; k < 8; k++) {
        sb.append(k % 3 == 1 ? group[r.nextInt(group.length)] : ctx[r.nextInt(ctx.length)]).append(' ');
      }
      out.add(sb.toString().strip());
    }
    return out;
  }

  @Test
  void learnsThatWordsInSharedContextsAreNeighbours() {
    Word2VecSettings s =
        new Word2VecSettings(Word2VecSettings.Algorithm.SKIPGRAM, 24, 3, 1, 3, 5, 0.025, 42);
    WordVectors v = Word2VecTrainer.train(corpus(1), s);
    assertEquals(24, v.dimension());
    assertTrue(v.contains("cat") && v.contains("truck"));
    List<String> near = v.nearest("cat", 3).stream().map(WordVectors.Neighbour::word).toList();
    for (String w : near) {
      assertTrue(
          List.of("dog", "horse", "cow", "feeds", "hungry", "barn", "eats", "grass", "the").contains(w),
          "cat's neighbours should come from the animal contexts: " + near);
    }
    double within = cos(v, "cat", "dog");
    double across = cos(v, "cat", "car");
    assertTrue(within > across + 0.2, "within=" + within + " across=" + across);

    WordVectors again = Word2VecTrainer.train(corpus(1), s);
    assertEquals(v.words(), again.words());
    org.junit.jupiter.api.Assertions.assertArrayEquals(v.row(0), again.row(0), 1e-6f, "same seed, same vectors");
  }

  private static double cos(WordVectors v, String a, String b) {
    float[] x = v.vector(a).orElseThrow();
    float[] y = v.vector(b).orElseThrow();
    double dot = 0;
    double nx = 0;
    double ny = 0;
    for (int i = 0; i < x.length; i++) {
      dot += x[i] * y[i];
      nx += x[i] * x[i];
      ny += y[i] * y[i];
    }
    return dot / Math.sqrt(nx * ny);
  }
}

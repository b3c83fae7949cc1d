package org.seq4j.corpus.toy;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.seq4j.corpus.SentencePair;

class ToyTaskGeneratorTest {

  @Test
  void targetsApplyTheTask() {
    int[] src = {3, 1, 2};
    assertArrayEquals(new int[] {3, 1, 2}, ToyTask.COPY.target(src));
    assertArrayEquals(new int[] {2, 1, 3}, ToyTask.REVERSE.target(src));
    assertArrayEquals(new int[] {1, 2, 3}, ToyTask.SORT.target(src));
    assertArrayEquals(new int[] {3, 1, 2}, src, "input must not be mutated");
  }

  @Test
  void generatedPairsAreConsistentAndDeterministic() {
    ToyTaskGenerator gen = new ToyTaskGenerator(ToyTask.REVERSE, 10, 2, 5);
    List<SentencePair> a = gen.generate(200, 7);
    assertEquals(a, gen.generate(200, 7));
    assertNotEquals(a, gen.generate(200, 8));
    for (SentencePair p : a) {
      String[] s = p.source().split(" ");
      String[] t = p.target().split(" ");
      assertTrue(s.length >= 2 && s.length <= 5, p.toString());
      String[] reversed = s.clone();
      java.util.Collections.reverse(Arrays.asList(reversed));
      assertArrayEquals(reversed, t);
    }
  }

  @Test
  void badSettingsAndNamesAreRejected() {
    assertThrows(IllegalArgumentException.class, () -> new ToyTaskGenerator(ToyTask.COPY, 0, 1, 2));
    assertThrows(IllegalArgumentException.class, () -> new ToyTaskGenerator(ToyTask.COPY, 5, 3, 2));
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> ToyTask.fromShortName("revrse"));
    assertTrue(e.getMessage().contains("copy|reverse|sort"), e.getMessage());
    assertEquals(ToyTask.SORT, ToyTask.fromShortName("sort"));
  }
}

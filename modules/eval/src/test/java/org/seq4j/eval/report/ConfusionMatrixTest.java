package org.seq4j.eval.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class ConfusionMatrixTest {
  @Test
  void totals() {
    ConfusionMatrix m = ConfusionMatrix.of("t", "test", List.of("A", "B"), new long[][] {{3, 1}, {2, 4}});
    assertEquals(4, m.rowTotal(0));
    assertEquals(5, m.columnTotal(0));
    assertEquals(10, m.total());
  }

  @Test
  void condensingKeepsFrequentLabelsAndTheTotal() {
    ConfusionMatrix m = ConfusionMatrix.of("t", "test", List.of("rare1", "A", "rare2", "B"),
        new long[][] {{1, 0, 0, 1}, {0, 50, 1, 2}, {0, 0, 1, 0}, {1, 3, 0, 40}});
    ConfusionMatrix c = m.condensed(3);
    assertEquals(List.of("A", "B", "other (2)"), c.labels());
    assertEquals(m.total(), c.total());
    assertEquals(50, c.count(0, 0));
    assertEquals(1, c.count(0, 2), "A predicted as rare2");
    assertEquals(2, c.count(2, 2), "rare1->rare1 (1) and rare2->rare2 (1)");
    assertEquals(1, c.count(2, 1), "rare1 predicted as B");
    assertSame(m, m.condensed(4));
    assertThrows(IllegalArgumentException.class, () -> m.condensed(1));
  }

  @Test
  void nonSquareMatrixIsRejected() {
    assertThrows(IllegalArgumentException.class,
        () -> new ConfusionMatrix("t", null, List.of("A", "B"), List.of(List.of(1L, 2L))));
    assertThrows(IllegalArgumentException.class,
        () -> new ConfusionMatrix("t", null, List.of("A"), List.of(List.of(1L, 2L))));
  }
}

package org.seq4j.eval.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class AxisScaleTest {
  @Test
  void niceTicksCoverTheRange() {
    AxisScale a = AxisScale.covering(0.13, 1.93, 5);
    assertTrue(a.min() <= 0.13 && a.max() >= 1.93);
    assertEquals(List.of("0.0", "0.5", "1.0", "1.5", "2.0"), a.ticks().stream().map(a::label).toList());
  }

  @Test
  void percentagesFromZero() {
    AxisScale a = AxisScale.fromZero(94.7, 5);
    assertEquals(0, a.min());
    assertEquals(100, a.max(), 1e-9);
    assertEquals("20", a.label(20));
  }

  @Test
  void degenerateRangeIsWidened() {
    AxisScale one = AxisScale.covering(1, 1, 5);
    assertTrue(one.min() < 1 && one.max() > 1, one.toString());
    AxisScale zero = AxisScale.covering(0, 0, 5);
    assertTrue(zero.min() < 0 && zero.max() > 0, zero.toString());
    assertEquals(0.5, one.fraction(1), 0.25);
  }

  @Test
  void quarterStepsGetTwoDecimals() {
    AxisScale a = AxisScale.covering(0, 1, 4);
    assertEquals("0.25", a.label(0.25));
  }

  @Test
  void nonFiniteRangeIsRejected() {
    assertThrows(IllegalArgumentException.class, () -> AxisScale.covering(Double.NaN, 1, 5));
  }
}

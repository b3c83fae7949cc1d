package org.seq4j.nn.layers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.rng.Random;
import org.nd4j.linalg.factory.Nd4j;

class DropoutTest {

  private static final double RATE = 0.25;
  private static final long SEED = 99;

  private static Random rng(long seed) {
    return Nd4j.getRandomFactory().getNewRandomInstance(seed);
  }

  @Test
  void inferenceIsIdentity() {
    INDArray x = Nd4j.ones(DataType.FLOAT, 2, 3, 4);
    assertSame(x, Dropout.standard(RATE).infer(x));
  }

  @Test
  void keepsAboutOneMinusRateAndRescales() {
    INDArray x = Nd4j.ones(DataType.DOUBLE, 20, 50, 40);
    Dropout.Applied applied = Dropout.standard(RATE).train(x, rng(SEED));
    double kept = applied.output().neq(0).castTo(DataType.DOUBLE).meanNumber().doubleValue();
    assertEquals(1 - RATE, kept, 0.01);
    assertEquals(1.0, applied.output().meanNumber().doubleValue(), 0.02, "inverted scaling keeps the mean");
    assertEquals(1 / (1 - RATE), applied.output().maxNumber().doubleValue(), 1e-12);
    assertEquals(1.0, x.meanNumber().doubleValue(), 0.0, "input untouched");
  }

  @Test
  void sameSeedSameMaskDifferentSeedDifferentMask() {
    INDArray x = Nd4j.ones(DataType.FLOAT, 4, 5, 6);
    Dropout d = Dropout.standard(RATE);
    assertEquals(d.train(x, rng(SEED)).mask(), d.train(x, rng(SEED)).mask());
    assertNotEquals(d.train(x, rng(SEED)).mask(), d.train(x, rng(SEED + 1)).mask());
  }

  @Test
  void variationalMaskIsSharedAcrossTime() {
    INDArray x = Nd4j.rand(rng(1), 3, 7, 10).castTo(DataType.DOUBLE).addi(1);
    Dropout.Applied applied = Dropout.variational(0.5).train(x, rng(SEED));
    INDArray ratio = applied.output().div(x);
    for (int t = 1; t < 7; t++) {
      for (int b = 0; b < 3; b++) {
        for (int f = 0; f < 10; f++) {
          assertEquals(ratio.getDouble(b, 0, f), ratio.getDouble(b, t, f), 1e-12);
        }
      }
    }
    double zeros = ratio.eq(0).castTo(DataType.DOUBLE).sumNumber().doubleValue();
    assertTrue(zeros > 0 && zeros < ratio.length());
  }

  @Test
  void backwardAppliesTheSameMask() {
    INDArray x = Nd4j.rand(rng(2), 3, 4, 5).castTo(DataType.DOUBLE);
    INDArray probe = Nd4j.rand(rng(3), 3, 4, 5).castTo(DataType.DOUBLE);
    for (Dropout d : new Dropout[] {Dropout.standard(RATE), Dropout.variational(RATE)}) {
      Dropout.Applied applied = d.train(x, rng(SEED));
      // output = x * m, so d(sum(output * probe))/dx = probe * m
      INDArray grad = d.backward(probe, applied);
      assertEquals(applied.output().mul(probe), x.mul(grad));
    }
  }
}

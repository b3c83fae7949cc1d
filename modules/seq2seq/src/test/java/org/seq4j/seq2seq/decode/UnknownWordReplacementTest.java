package org.seq4j.seq2seq.decode;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class UnknownWordReplacementTest {
  private static final List<String> SOURCE = List.of("Herr", "Schmidt", "kommt", "um", "17:30");

  @Test
  void eachUnknownTakesTheMostAttendedSourceTokenOfItsStep() {
    List<String> output = List.of("Mr", "<unk>", "comes", "at", "<unk>");
    boolean[] unknown = {false, true, false, false, true};
    float[][] attention = {
        {0.9f, 0.1f, 0f, 0f, 0f},
        {0.2f, 0.7f, 0.1f, 0f, 0f},
        {0f, 0f, 1f, 0f, 0f},
        {0f, 0f, 0f, 0.6f, 0.4f},
        {0f, 0.1f, 0f, 0.3f, 0.6f}};
    assertEquals(List.of("Mr", "Schmidt", "comes", "at", "17:30"),
        UnknownWordReplacement.replace(output, unknown, attention, SOURCE));
  }

  @Test
  void tiesPickTheFirstAndPaddingPositionsNeverWin() {
    float[][] attention = {{0.3f, 0.3f, 0.1f, 0.1f, 0.1f, 0.9f}};
    assertEquals(List.of("Herr"),
        UnknownWordReplacement.replace(List.of("<unk>"), new boolean[] {true}, attention, SOURCE));
  }

  @Test
  void inputsAreCheckedAndNotModified() {
    List<String> output = List.of("<unk>", "x");
    float[][] attention = {{0f, 1f}};
    assertThrows(IllegalArgumentException.class,
        () -> UnknownWordReplacement.replace(output, new boolean[] {true, false}, attention, SOURCE));
    assertEquals(List.of("<unk>"), UnknownWordReplacement.replace(List.of("<unk>"), new boolean[] {true},
        new float[][] {{1f}}, List.of()));
  }
}

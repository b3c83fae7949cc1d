package org.seq4j.eval.tagging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FormattingAndOrderTest {

  @Test
  void fixedRoundsTheExactBinaryValueHalfEven() {
    assertEquals(" 90.62", PerlPrintf.fixed(90.625, 6, 2));
    assertEquals(" 90.63", PerlPrintf.fixed(90.6251, 6, 2));
    assertEquals("100.00", PerlPrintf.fixed(100.0, 6, 2));
    assertEquals("  0.00", PerlPrintf.fixed(0.0, 6, 2));
    // 0.125 is exact in binary: a true tie, to even.
    assertEquals("0.12", PerlPrintf.fixed(0.125, 4, 2));
    // 1.005 is stored as 1.00499999999999989...: rounds down.
    assertEquals("1.00", PerlPrintf.fixed(1.005, 4, 2));
  }

  @Test
  void stringPadsByUtf8Bytes() {
    assertEquals("  PER", PerlPrintf.string("PER", 5));
    assertEquals("  Ä", PerlPrintf.string("Ä", 4));
    assertEquals("LONGERTHANWIDTH", PerlPrintf.string("LONGERTHANWIDTH", 3));
  }

  @Test
  void perlOrderIsUtf8ByteOrder() {
    List<String> types = new ArrayList<>(List.of("date", "Org", "GPE-ORG", "GPE-LOC", "\uD83D\uDE00", "\uFF21"));
    types.sort(PerlStringOrder.INSTANCE);
    // U+FF21 encodes as EF BC A1, the emoji (U+1F600) as F0 9F 98 80: String.compareTo would
    // put the emoji (a surrogate pair, 0xD83D) first.
    assertEquals(List.of("GPE-LOC", "GPE-ORG", "Org", "date", "\uFF21", "\uD83D\uDE00"), types);
  }

  @Test
  void schemeDetection() {
    assertEquals(Optional.of(TagScheme.IOB2), TagScheme.detect(List.of("O", "B-PER", "I-PER")));
    assertEquals(Optional.of(TagScheme.IOB2), TagScheme.detect(List.of("O")));
    assertEquals(Optional.of(TagScheme.BIOES), TagScheme.detect(List.of("O", "S-PER", "E-LOC")));
    assertEquals(Optional.empty(), TagScheme.detect(List.of("NOUN", "VERB")));
    assertEquals(Optional.empty(), TagScheme.detect(List.of("B-PER", "B-")));
    assertEquals(Optional.empty(), TagScheme.detect(List.of("-LRB-")));
    assertEquals(Optional.of(TagScheme.BIOES), TagScheme.fromName("BIOES"));
    assertTrue(TagScheme.fromName("iobes").isEmpty());
    assertEquals("iob1|iob2|bioes", TagScheme.validNames());
  }
}

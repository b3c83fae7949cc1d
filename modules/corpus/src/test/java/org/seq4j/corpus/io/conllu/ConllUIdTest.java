package org.seq4j.corpus.io.conllu;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ConllUIdTest {

  @Test
  void parsesTheThreeKinds() {
    assertEquals(ConllUId.word(7), ConllUId.parse("7"));
    assertEquals(ConllUId.range(3, 4), ConllUId.parse("3-4"));
    assertEquals(ConllUId.emptyNode(8, 1), ConllUId.parse("8.1"));
    assertEquals(ConllUId.emptyNode(0, 2), ConllUId.parse("0.2"));
    assertEquals(2, ConllUId.parse("3-4").rangeLength());
  }

  @ParameterizedTest
  @ValueSource(strings = {"7", "12", "3-4", "10-12", "8.1", "0.1", "3.10"})
  void printsWhatItParsed(String text) {
    assertEquals(text, ConllUId.parse(text).toString());
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "0", "03", "x", "1a", "-1", "3-", "-3", "4-3", "3-3", "1-2-3", "8.", ".1", "8.0", "8.01",
      "1.2.3", "99999999999", " 1", "١"})
  void rejectsMalformedIds(String text) {
    assertThrows(IllegalArgumentException.class, () -> ConllUId.parse(text));
  }
}

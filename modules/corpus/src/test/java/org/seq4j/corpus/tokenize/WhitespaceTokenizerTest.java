package org.seq4j.corpus.tokenize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class WhitespaceTokenizerTest {

  private final Tokenizer tokenizer = WhitespaceTokenizer.INSTANCE;

  @Test
  void splitsOnRunsOfAnyWhitespace() {
    assertEquals(List.of("a", "b,", "c"), tokenizer.tokenize("  a \t b,\n\nc  "));
  }

  @Test
  void emptyAndBlankTextGiveNoTokens() {
    assertEquals(List.of(), tokenizer.tokenize(""));
    assertEquals(List.of(), tokenizer.tokenize(" \t "));
  }

  @Test
  void countTokensAgreesWithTokenize() {
    for (String text : List.of("", " ", "a", " a b  c ", "x\ty\nz", "één twee")) {
      assertEquals(tokenizer.tokenize(text).size(), WhitespaceTokenizer.countTokens(text), text);
    }
  }

  @Test
  void resultIsImmutable() {
    List<String> tokens = tokenizer.tokenize("a b");
    assertThrows(UnsupportedOperationException.class, () -> tokens.add("c"));
  }
}

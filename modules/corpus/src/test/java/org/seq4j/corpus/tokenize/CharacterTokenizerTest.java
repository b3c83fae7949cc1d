package org.seq4j.corpus.tokenize;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class CharacterTokenizerTest {

  private static final String SP = CharacterTokenizer.SPACE;

  @Test
  void splitsIntoCodePointsWithOneSpaceSymbolPerWhitespaceRun() {
    assertEquals(
        List.of("a", "b", SP, "c", "é"), CharacterTokenizer.INSTANCE.tokenize("  ab \t cé "));
  }

  @Test
  void keepsSupplementaryCharactersWhole() {
    String emoji = "\uD83D\uDE00";
    assertEquals(List.of("x", emoji, "y"), CharacterTokenizer.INSTANCE.tokenize("x" + emoji + "y"));
  }

  @Test
  void detokenizerInvertsIt() {
    String text = "Ein Mann, der \uD83D\uDE00 lacht.";
    List<String> tokens = CharacterTokenizer.INSTANCE.tokenize(text);
    assertEquals(text, CharacterDetokenizer.INSTANCE.detokenize(tokens));
  }

  @Test
  void emptyTextGivesNoTokens() {
    assertEquals(List.of(), CharacterTokenizer.INSTANCE.tokenize("   "));
    assertEquals("", CharacterDetokenizer.INSTANCE.detokenize(List.of()));
  }
}

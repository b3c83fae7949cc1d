package org.seq4j.corenlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class PtbTokenizerTest {

  private final PtbTokenizer tokenizer = new PtbTokenizer();

  @Test
  void splitsContractionsAndPunctuationButKeepsAbbreviationsAndNumbers() {
    assertEquals(
        List.of("I", "do", "n't", "think", "the", "U.S.", "economy", "grew", "1,000.50", "%",
            "in", "2023", "."),
        tokenizer.tokenize("I don't think the U.S. economy grew 1,000.50% in 2023."));
  }

  @Test
  void splitsPossessivesAndOtherClitics() {
    assertEquals(
        List.of(
            "Mr.", "Smith", "'s", "cat", "ca", "n't", "go", ",", "and", "we", "'ll", "see", "."),
        tokenizer.tokenize("Mr. Smith's cat can't go, and we'll see."));
  }

  @Test
  void keepsQuotesAndBracketsAsWrittenByDefault() {
    assertEquals(
        List.of("She", "said", ",", "\"", "It", "'s", "fine", "\"", "(", "really", ")", "!"),
        tokenizer.tokenize("She said, \"It's fine\" (really)!"));
  }

  @Test
  void optionsAreHandedToCoreNlp() {
    PtbTokenizer classic = new PtbTokenizer("ptb3Escaping=true");
    assertEquals(
        List.of("``", "Hi", "''", "-LRB-", "there", "-RRB-"),
        classic.tokenize("\"Hi\" (there)"));
    assertEquals("ptb3Escaping=true", classic.options());
  }

  @Test
  void invalidOptionsFailAtConstructionNamingTheOptions() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> new PtbTokenizer("noSuchOption=true"));
    assertTrue(e.getMessage().contains("noSuchOption"), e.getMessage());
  }

  @Test
  void emptyAndWhitespaceOnlyInputGiveAnEmptyList() {
    assertEquals(List.of(), tokenizer.tokenize(""));
    assertEquals(List.of(), tokenizer.tokenize("   "));
    assertEquals(List.of(), tokenizer.tokenize(" \t\n\r\n  "));
  }

  @Test
  void newlinesSeparateTokensLikeSpaces() {
    assertEquals(List.of("one", "two", "three"), tokenizer.tokenize("one\ntwo\r\n three"));
  }

  @Test
  void tokensNeverContainWhitespaceEvenWhenCoreNlpKeepsAnInnerSpace() {
    String text = "Call (800) 555-1212 for 1 1/2 cups.";
    for (PtbTokenizer each :
        List.of(tokenizer, new PtbTokenizer("ptb3Escaping=false,normalizeSpace=false"))) {
      List<String> tokens = each.tokenize(text);
      String phone = "(800)" + PtbTokenizer.NO_BREAK_SPACE + "555-1212";
      assertTrue(tokens.contains(phone), tokens::toString);
      for (String token : tokens) {
        assertFalse(token.isEmpty());
        assertTrue(token.codePoints().noneMatch(Character::isWhitespace), token);
      }
    }
  }

  @Test
  void untokenizableCharactersAreKeptNotDropped() {
    assertEquals(List.of("a", "\u0007", "b"), tokenizer.tokenize("a \u0007 b"));
  }

  @Test
  void resultIsImmutable() {
    List<String> tokens = tokenizer.tokenize("Hello world.");
    assertThrows(UnsupportedOperationException.class, () -> tokens.add("x"));
  }

  @Test
  void reportsItsName() {
    assertEquals(PtbTokenizer.NAME, tokenizer.name());
    assertEquals(PtbTokenizer.DEFAULT_OPTIONS, tokenizer.options());
  }
}

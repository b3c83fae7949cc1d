package org.seq4j.corpus.tokenize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TokenizersTest {

  @Test
  void everyNameGivesATokenizerThatReportsThatName() {
    for (String name : Tokenizers.NAMES) {
      assertEquals(name, Tokenizers.byName(name).name());
    }
  }

  @Test
  void detokenizersMatchTheirTokenizers() {
    assertInstanceOf(SpaceJoiningDetokenizer.class, Tokenizers.detokenizerFor("whitespace"));
    assertInstanceOf(EnglishDetokenizer.class, Tokenizers.detokenizerFor("opennlp"));
    assertInstanceOf(EnglishDetokenizer.class, Tokenizers.detokenizerFor("opennlp-simple"));
    assertInstanceOf(CharacterDetokenizer.class, Tokenizers.detokenizerFor("char"));
  }

  @Test
  void unknownNameListsTheValidOnes() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Tokenizers.byName("moses"));
    assertTrue(e.getMessage().contains("'moses'"), e.getMessage());
    assertTrue(e.getMessage().contains("whitespace|opennlp|opennlp-simple|char"), e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> Tokenizers.detokenizerFor("Char"));
    assertThrows(IllegalArgumentException.class, () -> Tokenizers.byName(null));
  }
}

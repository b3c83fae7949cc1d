package org.seq4j.corenlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.seq4j.corpus.tokenize.Detokenizer;
import org.seq4j.corpus.tokenize.EnglishDetokenizer;
import org.seq4j.corpus.tokenize.Tokenizer;
import org.seq4j.corpus.tokenize.TokenizerProviders;
import org.seq4j.corpus.tokenize.Tokenizers;
import org.seq4j.corpus.tokenize.WhitespaceTokenizer;

/** The corpus module's factory finds this module's tokenizer through {@code ServiceLoader}. */
class TokenizerDiscoveryTest {

  @Test
  void factoryFindsThePtbTokenizerByBothNames() {
    for (String name : List.of(PtbTokenizer.NAME, PtbTokenizer.CORENLP_NAME)) {
      Tokenizer tokenizer = Tokenizers.byName(name);
      assertInstanceOf(PtbTokenizer.class, tokenizer);
      assertEquals(name, tokenizer.name());
      assertEquals(List.of("do", "n't", "!"), tokenizer.tokenize("don't!"));
      assertInstanceOf(EnglishDetokenizer.class, Tokenizers.detokenizerFor(name));
    }
  }

  @Test
  void detokenizerUndoesTheTokenization() {
    String text = "I don't know, Mr. Smith (really).";
    Tokenizer tokenizer = Tokenizers.byName(PtbTokenizer.NAME);
    Detokenizer detokenizer = Tokenizers.detokenizerFor(PtbTokenizer.NAME);
    assertEquals(text, detokenizer.detokenize(tokenizer.tokenize(text)));
  }

  @Test
  void discoveredNamesFollowTheBuiltInOnes() {
    assertEquals(List.of(PtbTokenizer.NAME, PtbTokenizer.CORENLP_NAME), TokenizerProviders.names());
    List<String> all = TokenizerProviders.allNames();
    assertEquals(Tokenizers.NAMES, all.subList(0, Tokenizers.NAMES.size()));
    assertTrue(all.containsAll(List.of("ptb", "corenlp")), all::toString);
  }

  @Test
  void builtInNamesStillGiveBuiltInTokenizers() {
    assertEquals(WhitespaceTokenizer.INSTANCE, Tokenizers.byName(WhitespaceTokenizer.NAME));
  }

  @Test
  void unknownNameErrorListsBuiltInAndDiscoveredNames() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Tokenizers.byName("moses"));
    assertTrue(
        e.getMessage().endsWith("expected whitespace|opennlp|opennlp-simple|char|ptb|corenlp"),
        e.getMessage());
  }
}

package org.seq4j.corpus.tokenize;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class EnglishDetokenizerTest {

  private static String detok(String spaced) {
    return EnglishDetokenizer.INSTANCE.detokenize(WhitespaceTokenizer.INSTANCE.tokenize(spaced));
  }

  @Test
  void attachesClosingPunctuationAndClitics() {
    assertEquals("Hello, world! It's done; isn't it?", detok("Hello , world ! It 's done ; is n't it ?"));
    assertEquals("the dogs' bones: 50%.", detok("the dogs ' bones : 50 % ."));
  }

  @Test
  void attachesOpeningBracketsAndCurrency() {
    assertEquals("a (small) fee of $5 [sic]", detok("a ( small ) fee of $ 5 [ sic ]"));
  }

  @Test
  void pairsStraightQuotes() {
    assertEquals("he said \"yes\" and \"no\".", detok("he said \" yes \" and \" no \" ."));
    assertEquals("\"quoted\"", detok("`` quoted ''"));
  }

  @Test
  void undoesMosesEscapesAndHyphens() {
    assertEquals("a man's t-shirt & \"hat\"", detok("a man &apos;s t @-@ shirt &amp; &quot; hat &quot;"));
    assertEquals("&apos;", detok("&amp;apos;"));
  }

  @Test
  void emptyInputGivesEmptyText() {
    assertEquals("", EnglishDetokenizer.INSTANCE.detokenize(List.of()));
  }

  @Test
  void doesNotModifyItsInput() {
    List<String> tokens = new java.util.ArrayList<>(List.of("a", ",", "b"));
    EnglishDetokenizer.INSTANCE.detokenize(tokens);
    assertEquals(List.of("a", ",", "b"), tokens);
  }
}

package org.seq4j.corpus.bpe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class BpeSegmenterTest {

  private static final String EOW = BpeMerges.END_OF_WORD;

  private static BpeSegmenter segmenter(BpeMerge... merges) {
    return new BpeSegmenter(new BpeMerges(List.of(merges)));
  }

  @Test
  void appliesMergesByRankAndMarksContinuations() {
    BpeSegmenter bpe =
        segmenter(new BpeMerge("e", "s"), new BpeMerge("es", "t" + EOW), new BpeMerge("l", "o"), new BpeMerge("lo", "w"));
    assertEquals(List.of("low@@", "est"), bpe.segment("lowest"));
    assertEquals(List.of("low@@", "e@@", "r"), bpe.segment("lower"));
    assertEquals(List.of("l@@", "o"), bpe.segment("lo")); // (l, o) is not (l, o</w>)
    assertEquals(List.of("n@@", "e@@", "w@@", "est", "x"), bpe.apply(List.of("newest", "x")));
  }

  @Test
  void endOfWordMergesOnlyApplyAtTheEnd() {
    BpeSegmenter bpe = segmenter(new BpeMerge("a", "b" + EOW));
    assertEquals(List.of("ab"), bpe.segment("ab"));
    assertEquals(List.of("a@@", "b@@", "c"), bpe.segment("abc"));
  }

  @Test
  void undoRestoresTheTokensExactly() {
    BpeMerges merges = new BpeLearner().addAll(List.of("low", "lower", "newest", "widest", "@@", "a@@", "x@@y")).learn(30, 1);
    BpeSegmenter bpe = new BpeSegmenter(merges);
    Random random = new Random(11);
    String alphabet = "lowerndist@é";
    for (int trial = 0; trial < 200; trial++) {
      List<String> tokens = new ArrayList<>();
      int length = random.nextInt(6);
      for (int t = 0; t < length; t++) {
        StringBuilder token = new StringBuilder();
        int chars = 1 + random.nextInt(6);
        for (int c = 0; c < chars; c++) {
          token.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        tokens.add(token.toString());
      }
      List<String> pieces = bpe.apply(tokens);
      assertEquals(tokens, BpeSegmenter.undo(pieces), pieces.toString());
      assertEquals(String.join(" ", tokens), BpeSegmenter.undoText(String.join(" ", pieces)));
    }
  }

  @Test
  void tokensEndingInTheMarkerStayReversible() {
    BpeSegmenter bpe = segmenter(new BpeMerge("@", "@" + EOW), new BpeMerge("@", "@"));
    for (String token : List.of("@@", "a@@", "@@@", "@")) {
      List<String> pieces = bpe.segment(token);
      assertEquals(List.of(token, "next"), BpeSegmenter.undo(bpe.apply(List.of(token, "next"))), pieces.toString());
    }
  }

  @Test
  void undoEndsADanglingContinuation() {
    assertEquals(List.of("ab", "c"), BpeSegmenter.undo(List.of("a@@", "b", "c@@")));
    assertEquals(List.of(), BpeSegmenter.undo(List.of()));
  }

  @Test
  void cachedResultsAreStableAndImmutable() {
    BpeSegmenter bpe = segmenter(new BpeMerge("a", "b"));
    List<String> first = bpe.segment("abc");
    assertEquals(first, bpe.segment("abc"));
    assertThrows(UnsupportedOperationException.class, () -> first.add("x"));
  }

  @Test
  void rejectsTokensWithWhitespace() {
    assertThrows(IllegalArgumentException.class, () -> segmenter().segment("a b"));
    assertThrows(IllegalArgumentException.class, () -> segmenter().segment(""));
  }
}

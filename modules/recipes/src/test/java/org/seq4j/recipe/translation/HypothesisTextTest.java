package org.seq4j.recipe.translation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.seq4j.corpus.tokenize.EnglishDetokenizer;
import org.seq4j.corpus.tokenize.SpaceJoiningDetokenizer;

class HypothesisTextTest {

  @Test
  void undoesBpeThenDetokenizes() {
    HypothesisText text = new HypothesisText(true, EnglishDetokenizer.INSTANCE);
    assertEquals(List.of("the", "unbelievable", "dog", "."), text.words("the un@@ believ@@ able dog ."));
    assertEquals("the unbelievable dog.", text.apply("the un@@ believ@@ able dog ."));
  }

  @Test
  void withoutBpeMarkersStay() {
    HypothesisText text = new HypothesisText(false, SpaceJoiningDetokenizer.INSTANCE);
    assertEquals("un@@ able", text.apply("un@@  able"));
  }

  @Test
  void emptyOutputStaysEmpty() {
    assertEquals("", new HypothesisText(true, EnglishDetokenizer.INSTANCE).apply(""));
    assertEquals("", new HypothesisText(false, SpaceJoiningDetokenizer.INSTANCE).apply("   "));
  }
}

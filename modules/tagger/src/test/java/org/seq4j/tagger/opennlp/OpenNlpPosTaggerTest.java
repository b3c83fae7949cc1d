package org.seq4j.tagger.opennlp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import opennlp.tools.util.Sequence;
import org.junit.jupiter.api.Test;
import org.seq4j.tagger.Tagger;

class OpenNlpPosTaggerTest {

  private final OpenNlpPosTagger posTagger = new OpenNlpPosTagger(
      new LookupTagger(Map.of("the", "DET", "dog", "NOUN", "barks", "VERB", ".", "PUNCT"), "X"));

  @Test
  void tagsOneTagPerTokenInOrder() {
    String[] sentence = {"the", "dog", "barks", "."};
    assertArrayEquals(new String[] {"DET", "NOUN", "VERB", "PUNCT"}, posTagger.tag(sentence));
    assertArrayEquals(new String[] {"DET", "X"}, posTagger.tag(new String[] {"the", "zebra"}, new Object[2]));
  }

  @Test
  void neverMutatesTheInput() {
    String[] sentence = {"the", "dog"};
    posTagger.tag(sentence);
    posTagger.topKSequences(sentence);
    posTagger.tag(3, sentence);
    assertArrayEquals(new String[] {"the", "dog"}, sentence);
  }

  @Test
  void topKSequencesIsTheSingleBestWithPlaceholderScores() {
    Sequence[] sequences = posTagger.topKSequences(new String[] {"dog", "barks"}, null);
    assertEquals(1, sequences.length);
    assertEquals(List.of("NOUN", "VERB"), sequences[0].getOutcomes());
    assertArrayEquals(new double[] {1.0, 1.0}, sequences[0].getProbs());
    assertEquals(0.0, sequences[0].getScore());
  }

  @Test
  void numTagsGivesOnlyTheBest() {
    String[][] best = posTagger.tag(5, new String[] {"dog"});
    assertEquals(1, best.length);
    assertArrayEquals(new String[] {"NOUN"}, best[0]);
    assertThrows(IllegalArgumentException.class, () -> posTagger.tag(0, new String[] {"dog"}));
  }

  @Test
  void emptySentenceGivesNoTags() {
    assertEquals(0, posTagger.tag(new String[0]).length);
    assertEquals(0, posTagger.topKSequences(new String[0])[0].getSize());
  }

  @Test
  void rejectsATaggerThatMiscounts() {
    var broken = new OpenNlpPosTagger(new Tagger() {
      @Override
      public List<String> tag(List<String> tokens) {
        return List.of();
      }

      @Override
      public List<List<String>> tagAll(List<List<String>> sentences) {
        return List.of();
      }

      @Override
      public List<String> tags() {
        return List.of();
      }
    });
    assertThrows(IllegalStateException.class, () -> broken.tag(new String[] {"a"}));
  }
}

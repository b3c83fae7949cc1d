package org.seq4j.tagger.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.seq4j.corpus.batch.TaggingBatcher;
import org.seq4j.corpus.batch.TaggingExample;

class LengthGroupsTest {

  /** Distinct words of the given lengths (one sentence, ids made distinct by their first character). */
  private static DistinctWords words(int... lengths) {
    int[][] chars = new int[lengths.length][];
    for (int w = 0; w < lengths.length; w++) {
      chars[w] = new int[lengths[w]];
      Arrays.fill(chars[w], 2);
      if (lengths[w] > 0) {
        chars[w][0] = 3 + w;
      }
    }
    List<TaggingExample> examples = new ArrayList<>();
    examples.add(new TaggingExample(new int[lengths.length], new int[lengths.length], chars));
    return DistinctWords.of(new TaggingBatcher(examples).batch(new int[] {0}));
  }

  @Test
  void aLargeFixedCostKeepsOneGroup() {
    List<LengthGroups.Group> groups = LengthGroups.split(words(2, 2, 3, 9), (n, c) -> n * c + 1000.0);
    assertEquals(List.of(new LengthGroups.Group(0, 4, 9)), groups);
  }

  @Test
  void noFixedCostGivesOneGroupPerLength() {
    List<LengthGroups.Group> groups = LengthGroups.split(words(9, 2, 3, 2), (n, c) -> (double) n * c);
    assertEquals(List.of(new LengthGroups.Group(0, 2, 2), new LengthGroups.Group(2, 3, 3),
        new LengthGroups.Group(3, 4, 9)), groups);
  }

  @Test
  void theCheapestSplitSeparatesOnlyTheLongWord() {
    // {2,2,3}{20}: 3*3 + 5 + 20 + 5 = 39; one group: 4*20 + 5 = 85; {2,2}{3}{20}: 4 + 3 + 20 + 3*5 = 42.
    List<LengthGroups.Group> groups = LengthGroups.split(words(2, 20, 3, 2), (n, c) -> n * c + 5.0);
    assertEquals(List.of(new LengthGroups.Group(0, 3, 3), new LengthGroups.Group(3, 4, 20)), groups);
  }

  @Test
  void emptyTokensGetOneCharacterPosition() {
    assertEquals(List.of(new LengthGroups.Group(0, 1, 1)), LengthGroups.split(words(0), (n, c) -> n * c + 1.0));
  }

  @Test
  void rowsNotOrderedByLengthStayOneGroup() {
    DistinctWords perPosition = DistinctWords.perPosition(new TaggingBatcher(List.of(new TaggingExample(
        new int[2], new int[2], new int[][] {{2, 2, 2, 2}, {2}}))).batch(new int[] {0}));
    assertEquals(List.of(new LengthGroups.Group(0, 2, 4)), LengthGroups.split(perPosition, (n, c) -> (double) n * c));
  }
}

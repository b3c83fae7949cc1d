package org.seq4j.tagger.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.seq4j.corpus.batch.TaggingBatch;
import org.seq4j.corpus.batch.TaggingBatcher;
import org.seq4j.corpus.batch.TaggingExample;

class DistinctWordsTest {

  private static final int[] NO_TAGS_2 = new int[2];
  private static final int[] NO_TAGS_3 = new int[3];

  /** Rows "the cat the" and "a cat": char ids stand for the letters. */
  private static TaggingBatch batch() {
    int[] the = {1, 2, 3};
    int[] cat = {4, 5, 1};
    int[] a = {5};
    List<TaggingExample> examples = List.of(
        new TaggingExample(new int[] {7, 8, 7}, NO_TAGS_3, new int[][] {the, cat, the}),
        new TaggingExample(new int[] {9, 8}, NO_TAGS_2, new int[][] {a, cat}));
    return new TaggingBatcher(examples).batch(new int[] {0, 1});
  }

  @Test
  void repeatedWordsShareOneRowOrderedByLength() {
    TaggingBatch batch = batch();
    DistinctWords words = DistinctWords.of(batch);

    assertEquals(3, words.size());
    assertTrue(words.lengthOrdered());
    assertArrayEquals(new int[] {5}, words.charIds(0));
    assertArrayEquals(new int[] {1, 2, 3}, words.charIds(1), "equal lengths keep first-occurrence order");
    assertArrayEquals(new int[] {4, 5, 1}, words.charIds(2));
    // Positions: row 0 = the cat the, row 1 = a cat <pad>.
    assertArrayEquals(new int[] {1, 2, 1, 0, 2, DistinctWords.NO_ROW}, words.rowOfPosition());
  }

  @Test
  void perPositionKeepsOneRowPerSlotInPositionOrder() {
    DistinctWords words = DistinctWords.perPosition(batch());

    assertEquals(6, words.size());
    assertFalse(words.lengthOrdered());
    assertArrayEquals(new int[] {0, 1, 2, 3, 4, 5}, words.rowOfPosition());
    assertArrayEquals(new int[] {1, 2, 3}, words.charIds(2));
    assertEquals(0, words.length(5), "padding has no characters");
  }
}

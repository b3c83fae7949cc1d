package org.seq4j.eval.tagging;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Gold × predicted tag counts over all tokens. {@code counts.get(g).get(p)} is how often gold tag
 * {@code tags.get(g)} was predicted as {@code tags.get(p)}. Both axes list every tag that occurs in
 * gold or prediction, sorted in Perl string order (byte order, as conlleval sorts types).
 */
public record TagConfusionMatrix(List<String> tags, List<List<Long>> counts) {

  public TagConfusionMatrix {
    tags = List.copyOf(tags);
    List<List<Long>> rows = new ArrayList<>();
    for (List<Long> row : counts) {
      if (row.size() != tags.size()) {
        throw new IllegalArgumentException("confusion row has " + row.size() + " columns for "
            + tags.size() + " tags");
      }
      rows.add(List.copyOf(row));
    }
    if (rows.size() != tags.size()) {
      throw new IllegalArgumentException(
          "confusion matrix has " + rows.size() + " rows for " + tags.size() + " tags");
    }
    counts = List.copyOf(rows);
  }

  /** Counts gold against predicted tags over {@code sentences}. */
  public static TagConfusionMatrix of(List<TaggedSentence> sentences) {
    TreeSet<String> tagSet = new TreeSet<>(PerlStringOrder.INSTANCE);
    Map<String, Map<String, Long>> pairs = new TreeMap<>();
    for (TaggedSentence sentence : sentences) {
      for (int i = 0; i < sentence.size(); i++) {
        String gold = sentence.gold().get(i);
        String predicted = sentence.predicted().get(i);
        tagSet.add(gold);
        tagSet.add(predicted);
        pairs.computeIfAbsent(gold, g -> new TreeMap<>()).merge(predicted, 1L, Long::sum);
      }
    }
    List<String> tags = new ArrayList<>(tagSet);
    List<List<Long>> counts = new ArrayList<>();
    for (String gold : tags) {
      Map<String, Long> row = pairs.getOrDefault(gold, Map.of());
      List<Long> cells = new ArrayList<>();
      for (String predicted : tags) {
        cells.add(row.getOrDefault(predicted, 0L));
      }
      counts.add(cells);
    }
    return new TagConfusionMatrix(tags, counts);
  }

  /** How often gold tag {@code gold} was predicted as {@code predicted} (0 if either is absent). */
  public long count(String gold, String predicted) {
    int g = tags.indexOf(gold);
    int p = tags.indexOf(predicted);
    return g < 0 || p < 0 ? 0 : counts.get(g).get(p);
  }

  /**
   * Per-tag counts derived from the matrix: gold = row sum, found = column sum, correct = the
   * diagonal cell; precision, recall and F1 then follow conlleval's empty-count rules.
   */
  public Map<String, MatchCounts> perTagCounts() {
    Map<String, MatchCounts> perTag = new TreeMap<>(PerlStringOrder.INSTANCE);
    for (int t = 0; t < tags.size(); t++) {
      long gold = 0;
      long found = 0;
      for (int other = 0; other < tags.size(); other++) {
        gold += counts.get(t).get(other);
        found += counts.get(other).get(t);
      }
      perTag.put(tags.get(t), new MatchCounts(gold, found, counts.get(t).get(t)));
    }
    return perTag;
  }
}

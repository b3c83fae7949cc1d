package org.seq4j.corpus.filter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.seq4j.corpus.SentencePair;
import org.seq4j.corpus.stats.CorpusStats;
import org.seq4j.corpus.stats.CorpusStatsCollector;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Filters, splits (grouped by English sentence) and counts the 142,787 Tatoeba en–fr pairs, and
 * checks that no English sentence is in two splits and that every pair is accounted for.
 */
class TatoebaSplitIT {

  private static final Logger LOG = LoggerFactory.getLogger(TatoebaSplitIT.class);
  private static final Path PAIRS = Path.of(System.getProperty("seq4j.corpora", "../../corpora"), "tatoeba-en-fr/eng-fra.txt");
  private static final SplitFractions FRACTIONS = new SplitFractions(0.9, 0.05, 0.05);
  private static final FilterSettings SETTINGS = new FilterSettings(true, 50, 3.0, true);
  private static final long SEED = 1234;

  @Test
  void groupedSplitKeepsEnglishSentencesTogether() throws IOException {
    assumeTrue(Files.isReadable(PAIRS), "Tatoeba corpus not found at " + PAIRS + "; skipping");
    List<SentencePair> pairs = new ArrayList<>();
    for (String line : Files.readAllLines(PAIRS, StandardCharsets.UTF_8)) {
      int tab = line.indexOf('\t');
      pairs.add(new SentencePair(line.substring(0, tab), line.substring(tab + 1)));
    }
    long start = System.nanoTime();
    FilteredItems<SentencePair> filtered = CorpusFilters.forPairs(SETTINGS).filter(pairs);
    DatasetSplit<SentencePair> split =
        DatasetSplitter.split(filtered.kept(), FRACTIONS, SEED, SentencePair::source);
    Map<String, List<SentencePair>> splits = new LinkedHashMap<>();
    splits.put("train", split.train());
    splits.put("dev", split.dev());
    splits.put("test", split.test());
    CorpusStats stats = new CorpusStatsCollector().ofPairs(splits);
    LOG.info(
        "Tatoeba: {}; filter+split+stats in {} ms\n{}",
        filtered.report().summary(),
        (System.nanoTime() - start) / 1_000_000,
        stats.summary());

    assertEquals(pairs.size(), filtered.report().input());
    assertEquals(
        filtered.kept().size(), split.train().size() + split.dev().size() + split.test().size());
    Set<String> trainSources = new HashSet<>();
    split.train().forEach(pair -> trainSources.add(pair.source()));
    for (SentencePair pair : split.test()) {
      assertTrue(!trainSources.contains(pair.source()), pair.source());
    }
    assertEquals(split, DatasetSplitter.split(filtered.kept(), FRACTIONS, SEED, SentencePair::source));
  }
}

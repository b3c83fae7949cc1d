package org.seq4j.corpus.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.seq4j.corpus.SentencePair;
import org.seq4j.corpus.TaggedSentence;
import org.seq4j.corpus.io.conll.ConllColumnFormat;
import org.seq4j.corpus.io.conll.ConllReader;
import org.seq4j.corpus.io.conll.ConllSentence;
import org.seq4j.corpus.io.conll.ConllStatistics;
import org.seq4j.corpus.io.conll.ConllWriter;
import org.seq4j.corpus.io.conllu.ConllUReader;
import org.seq4j.corpus.io.conllu.ConllUStatistics;
import org.seq4j.corpus.io.conllu.ConllUTagColumn;
import org.seq4j.corpus.io.conllu.ConllUWriter;
import org.seq4j.corpus.io.parallel.DelimitedFormat;
import org.seq4j.corpus.io.parallel.DelimitedPairReader;
import org.seq4j.corpus.io.parallel.ParallelTextReader;
import org.seq4j.corpus.io.text.RawTextReader;
import org.seq4j.corpus.tags.TagScheme;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads the real corpora in the repository's {@code corpora/} (put there by {@code scripts/fetch-corpora}; or {@code -Dseq4j.corpora=DIR}) and checks
 * the counts published in their READMEs, exact round trips and tag-scheme validity. Each corpus
 * is skipped with a message when it is absent. Read times are logged, never asserted.
 */
class CorpusReadersIT {

  private static final Logger LOG = LoggerFactory.getLogger(CorpusReadersIT.class);
  private static final Path CORPORA = Path.of(System.getProperty("seq4j.corpora", "../../corpora"));
  private static final double NANOS_PER_MILLI = 1e6;

  @TempDir Path out;

  private static Path corpus(String name) {
    Path dir = CORPORA.resolve(name);
    assumeTrue(Files.isDirectory(dir), "corpus " + name + " not found in " + CORPORA + "; skipping (fetch it or set -Dseq4j.corpora)");
    return dir;
  }

  @Test
  void udEnglishEwtCountsAndRoundTrip() throws IOException {
    Path ewt = corpus("ud-en-ewt");
    checkConllU(ewt.resolve("en_ewt-ud-train.conllu"), 12_544, 204_577);
    checkConllU(ewt.resolve("en_ewt-ud-dev.conllu"), 2_001, 25_147);
    checkConllU(ewt.resolve("en_ewt-ud-test.conllu"), 2_077, 25_094);
  }

  private void checkConllU(Path file, long sentences, long words) throws IOException {
    long start = System.nanoTime();
    ConllUStatistics stats = ConllUStatistics.of(file);
    LOG.info("{}: {} read in {} ms", file.getFileName(), stats, String.format("%.0f", (System.nanoTime() - start) / NANOS_PER_MILLI));
    assertEquals(sentences, stats.sentences(), file + " sentences");
    assertEquals(words, stats.words(), file + " words");

    Path copy = out.resolve(file.getFileName());
    try (ConllUReader reader = ConllUReader.open(file)) {
      ConllUWriter.write(copy, reader.stream()::iterator);
    }
    assertArrayEquals(Files.readAllBytes(file), Files.readAllBytes(copy), file + " round trip");

    long tagged = 0;
    try (Stream<TaggedSentence> stream = ConllUReader.openTagged(file, ConllUTagColumn.XPOS).stream()) {
      tagged = stream.peek(s -> assertTrue(s.tags().stream().noneMatch(String::isEmpty))).mapToLong(TaggedSentence::size).sum();
    }
    assertEquals(words, tagged, file + " tagged words");
  }

  @Test
  void wnut17CountsRoundTripAndValidIob2() throws IOException {
    Path wnut = corpus("wnut17");
    checkConll(wnut.resolve("wnut17train.conll"), ConllColumnFormat.WORD_TAB_TAG, 3_394, 62_730, 1_975);
    checkConll(wnut.resolve("emerging.dev.conll"), ConllColumnFormat.WORD_TAB_TAG, 1_009, 15_733, 836);
    checkConll(wnut.resolve("emerging.test.annotated"), ConllColumnFormat.WORD_TAB_TAG, 1_287, 23_394, 1_079);
  }

  @Test
  void universalNerCountsAndRoundTrip() throws IOException {
    Path uner = corpus("uner-en-ewt");
    checkConll(uner.resolve("en_ewt-ud-dev.iob2"), ConllColumnFormat.UNER, 2_001, 25_149, 966);
    checkConll(uner.resolve("en_ewt-ud-test.iob2"), ConllColumnFormat.UNER, 2_077, 25_097, 1_088);
  }

  private void checkConll(Path file, ConllColumnFormat format, long sentences, long tokens, long mentions)
      throws IOException {
    long start = System.nanoTime();
    ConllStatistics stats = ConllStatistics.of(file, format);
    LOG.info("{}: {} read in {} ms", file.getFileName(), stats, String.format("%.0f", (System.nanoTime() - start) / NANOS_PER_MILLI));
    assertEquals(sentences, stats.sentences(), file + " sentences");
    assertEquals(tokens, stats.tokens(), file + " tokens");

    List<ConllSentence> all = ConllReader.readAll(file, format);
    Path copy = out.resolve(file.getFileName());
    ConllWriter.write(copy, all, format);
    assertArrayEquals(Files.readAllBytes(file), Files.readAllBytes(copy), file + " round trip");

    long spans = 0;
    for (ConllSentence sentence : all) {
      List<String> tags = sentence.tagged(format).tags();
      assertTrue(TagScheme.IOB2.isValid(tags), file + ": " + TagScheme.IOB2.findViolation(tags));
      spans += TagScheme.IOB2.spans(tags).size();
      List<String> viaOthers = TagScheme.IOB1.convert(
          TagScheme.BIOES.convert(TagScheme.IOB2.convert(tags, TagScheme.BIOES), TagScheme.IOB1), TagScheme.IOB2);
      assertEquals(tags, viaOthers, file + ": IOB2 -> BIOES -> IOB1 -> IOB2");
    }
    assertEquals(mentions, spans, file + " entity mentions");
  }

  @Test
  void tatoebaTsvPairs() throws IOException {
    Path file = corpus("tatoeba-en-fr").resolve("eng-fra.txt");
    long start = System.nanoTime();
    long pairs;
    long withQuotes;
    try (Stream<SentencePair> stream = DelimitedPairReader.open(file, DelimitedFormat.TSV).stream()) {
      long[] counts = new long[2];
      stream.forEach(p -> {
        counts[0]++;
        if (p.source().contains("\"")) {
          counts[1]++;
        }
      });
      pairs = counts[0];
      withQuotes = counts[1];
    }
    LOG.info("{}: {} pairs ({} with quotes) read in {} ms", file.getFileName(), pairs, withQuotes,
        String.format("%.0f", (System.nanoTime() - start) / NANOS_PER_MILLI));
    assertEquals(142_787, pairs);
    assertTrue(withQuotes > 0, "quotes are plain text in TSV");
  }

  @Test
  void multi30kAlignedFiles() throws IOException {
    Path raw = corpus("multi30k-de-en").resolve("raw");
    try (ParallelTextReader reader = ParallelTextReader.open(raw.resolve("train.en"), raw.resolve("train.de"))) {
      assertEquals(29_000, reader.stream().count());
    }
    try (RawTextReader reader = RawTextReader.open(raw.resolve("val.en"), RawTextReader.BlankLines.SKIP)) {
      assertEquals(1_014, reader.stream().count());
    }
  }
}

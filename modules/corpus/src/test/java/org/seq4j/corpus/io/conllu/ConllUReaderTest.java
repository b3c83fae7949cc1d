package org.seq4j.corpus.io.conllu;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.seq4j.corpus.BadInputException;
import org.seq4j.corpus.TaggedSentence;
import org.seq4j.corpus.io.CorpusReader;

class ConllUReaderTest {

  private static final String WORD_LINE = "1\tHi\thi\tINTJ\tUH\t_\t0\troot\t0:root\t_";

  @TempDir Path dir;

  private Path sample() throws IOException {
    Path file = dir.resolve("sample.conllu");
    try (InputStream in = getClass().getResourceAsStream("/io/sample.conllu")) {
      Files.write(file, in.readAllBytes());
    }
    return file;
  }

  private Path write(String name, String text) throws IOException {
    Path file = dir.resolve(name);
    Files.writeString(file, text, StandardCharsets.UTF_8);
    return file;
  }

  @Test
  void readsCommentsWordsRangesAndEmptyNodes() throws IOException {
    List<ConllUSentence> sentences = ConllUReader.readAll(sample());
    assertEquals(2, sentences.size());
    ConllUSentence first = sentences.get(0);
    assertEquals(List.of("# newdoc id = sample-doc", "# sent_id = s1", "# text = I don't know."), first.comments());
    assertEquals(Optional.of("s1"), first.sentId());
    assertEquals(Optional.of("I don't know."), first.text());
    assertEquals(6, first.rows().size());
    assertEquals(ConllUId.range(2, 3), first.rows().get(1).id());
    assertEquals("don't", first.rows().get(1).form());
    assertEquals(5, first.wordCount());
    assertEquals(List.of("I", "do", "n't", "know", "."), first.forms());
    ConllURow know = first.rows().get(4);
    assertEquals("know", know.lemma());
    assertEquals("VERB", know.upos());
    assertEquals("VB", know.xpos());
    assertEquals("VerbForm=Inf", know.feats());
    assertEquals("0", know.head());
    assertEquals("root", know.deprel());
    assertEquals("0:root", know.deps());
    assertEquals("SpaceAfter=No", know.misc());
    ConllURow emptyNode = sentences.get(1).rows().get(5);
    assertEquals(ConllUId.emptyNode(5, 1), emptyNode.id());
    assertEquals(7, sentences.get(1).wordCount());
  }

  @Test
  void roundTripIsByteIdentical() throws IOException {
    Path in = sample();
    Path out = dir.resolve("out.conllu");
    ConllUWriter.write(out, ConllUReader.readAll(in));
    assertArrayEquals(Files.readAllBytes(in), Files.readAllBytes(out));
  }

  @Test
  void writerStreamsFromAReader() throws IOException {
    Path in = sample();
    Path out = dir.resolve("streamed.conllu");
    try (ConllUReader reader = ConllUReader.open(in)) {
      ConllUWriter.write(out, reader.stream()::iterator);
    }
    assertArrayEquals(Files.readAllBytes(in), Files.readAllBytes(out));
  }

  @Test
  void taggedViewUsesIntegerIdWordsAndTheChosenColumn() throws IOException {
    ConllUSentence first = ConllUReader.readAll(sample()).get(0);
    TaggedSentence upos = first.tagged(ConllUTagColumn.UPOS);
    assertEquals(List.of("I", "do", "n't", "know", "."), upos.words());
    assertEquals(List.of("PRON", "AUX", "PART", "VERB", "PUNCT"), upos.tags());
    assertEquals(List.of("PRP", "VBP", "RB", "VB", "."), first.tagged(ConllUTagColumn.XPOS).tags());
    try (CorpusReader<TaggedSentence> tagged = ConllUReader.openTagged(sample(), ConllUTagColumn.XPOS)) {
      List<TaggedSentence> all = tagged.readAll();
      assertEquals(2, all.size());
      assertEquals(List.of("NNP", "VBD", "RB", "CC", "NNP", "RB", "."), all.get(1).tags());
    }
  }

  @Test
  void withTagsReplacesOnlyWordTagsAndLeavesTheOriginalAlone() throws IOException {
    ConllUSentence second = ConllUReader.readAll(sample()).get(1);
    List<String> predicted = List.of("X", "X", "X", "X", "X", "X", "X");
    ConllUSentence retagged = second.withTags(ConllUTagColumn.UPOS, predicted);
    assertEquals(predicted, retagged.tagged(ConllUTagColumn.UPOS).tags());
    assertEquals("VERB", retagged.rows().get(5).upos(), "empty node keeps its tag");
    assertEquals(second.tagged(ConllUTagColumn.XPOS), retagged.tagged(ConllUTagColumn.XPOS));
    assertEquals("PROPN", second.rows().get(0).upos());
    assertThrows(IllegalArgumentException.class, () -> second.withTags(ConllUTagColumn.UPOS, List.of("X")));
  }

  @Test
  void countsSentencesWordsTokensRangesAndEmptyNodes() throws IOException {
    ConllUStatistics stats = ConllUStatistics.of(sample());
    assertEquals(new ConllUStatistics(2, 12, 11, 1, 1), stats);
  }

  @Test
  void toleratesMissingFinalBlankLineAndExtraBlankLines() throws IOException {
    Path file = write("loose.conllu", "\n\n" + WORD_LINE + "\n\n\n" + WORD_LINE);
    assertEquals(2, ConllUReader.readAll(file).size());
  }

  @Test
  void emptyFileHasNoSentences() throws IOException {
    try (ConllUReader reader = ConllUReader.open(write("empty.conllu", ""))) {
      assertNull(reader.read());
    }
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 9, 11})
  void wrongColumnCountNamesFileLineAndExpectation(int columns) throws IOException {
    String line = String.join("\t", java.util.Collections.nCopies(columns, "x")).replaceFirst("x", "2");
    Path file = write("bad.conllu", "# c\n" + WORD_LINE + "\n" + line + "\n\n");
    BadInputException e = assertThrows(BadInputException.class, () -> ConllUReader.readAll(file));
    assertEquals(file + ":3: expected 10 tab-separated columns, found " + columns, e.getMessage());
  }

  @Test
  void spacesDoNotSeparateColumns() throws IOException {
    Path file = write("spaces.conllu", WORD_LINE.replace('\t', ' ') + "\n\n");
    BadInputException e = assertThrows(BadInputException.class, () -> ConllUReader.readAll(file));
    assertEquals(file + ":1: expected 10 tab-separated columns, found 1", e.getMessage());
  }

  @ParameterizedTest
  @ValueSource(strings = {"1a", "01", "x", "2-", "3-2", "8.", "0"})
  void malformedIdNamesFileAndLine(String id) throws IOException {
    Path file = write("id.conllu", WORD_LINE + "\n" + WORD_LINE.replaceFirst("1", id) + "\n\n");
    BadInputException e = assertThrows(BadInputException.class, () -> ConllUReader.readAll(file));
    assertEquals(2, e.line());
    assertTrue(e.problem().contains("expected an integer id (7), a range (3-4) or an empty node (8.1)"), e.getMessage());
  }

  @Test
  void outOfOrderWordIdIsRejected() throws IOException {
    Path file = write("order.conllu", WORD_LINE + "\n" + WORD_LINE.replaceFirst("1", "3") + "\n\n");
    BadInputException e = assertThrows(BadInputException.class, () -> ConllUReader.readAll(file));
    assertEquals(file + ":2: word id 3 out of order; expected 2", e.getMessage());
  }

  @Test
  void emptyColumnIsRejected() throws IOException {
    Path file = write("empty-col.conllu", WORD_LINE.replace("\tINTJ\t", "\t\t") + "\n\n");
    BadInputException e = assertThrows(BadInputException.class, () -> ConllUReader.readAll(file));
    assertEquals(file + ":1: column 4 (UPOS) is empty; expected a value or _", e.getMessage());
  }

  @Test
  void commentInsideSentenceIsRejected() throws IOException {
    Path file = write("comment.conllu", WORD_LINE + "\n# late\n\n");
    BadInputException e = assertThrows(BadInputException.class, () -> ConllUReader.readAll(file));
    assertEquals(2, e.line());
  }

  @Test
  void commentsWithoutWordsAreRejected() throws IOException {
    Path file = write("orphan.conllu", "# sent_id = 1\n\n" + WORD_LINE + "\n\n");
    assertEquals(2, assertThrows(BadInputException.class, () -> ConllUReader.readAll(file)).line());
    Path atEnd = write("orphan-end.conllu", WORD_LINE + "\n\n# sent_id = 2\n");
    assertEquals(3, assertThrows(BadInputException.class, () -> ConllUReader.readAll(atEnd)).line());
  }

  @Test
  void invalidUtf8NamesTheLine() throws IOException {
    Path file = dir.resolve("latin1.conllu");
    byte[] good = (WORD_LINE + "\n\n").getBytes(StandardCharsets.UTF_8);
    byte[] bad = WORD_LINE.replace("Hi", "H\u00e9").getBytes(StandardCharsets.ISO_8859_1);
    byte[] all = new byte[good.length + bad.length + 1];
    System.arraycopy(good, 0, all, 0, good.length);
    System.arraycopy(bad, 0, all, good.length, bad.length);
    all[all.length - 1] = '\n';
    Files.write(file, all);
    BadInputException e = assertThrows(BadInputException.class, () -> ConllUReader.readAll(file));
    assertEquals(file.toString(), e.source());
    assertEquals(3, e.line());
    assertTrue(e.problem().startsWith("invalid UTF-8"), e.getMessage());
  }

  @Test
  void missingFileNamesTheFile() {
    Path missing = dir.resolve("missing.conllu");
    BadInputException e = assertThrows(BadInputException.class, () -> ConllUReader.open(missing));
    assertEquals(missing + ": file not found", e.getMessage());
  }

  @Test
  void tagColumnParsesShortNames() {
    assertEquals(ConllUTagColumn.UPOS, ConllUTagColumn.parse("upos"));
    assertEquals(ConllUTagColumn.XPOS, ConllUTagColumn.parse("XPOS"));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ConllUTagColumn.parse("pos"));
    assertEquals("Invalid value 'pos' for tag column: expected upos|xpos", e.getMessage());
  }
}

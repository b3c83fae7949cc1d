package org.seq4j.corpus.io.conll;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.seq4j.corpus.BadInputException;
import org.seq4j.corpus.TaggedSentence;
import org.seq4j.corpus.io.CorpusReader;

class ConllReaderTest {

  @TempDir Path dir;

  private Path conll2003() throws IOException {
    Path file = dir.resolve("conll2003.txt");
    try (InputStream in = getClass().getResourceAsStream("/io/conll2003-sample.txt")) {
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
  void conll2003DocumentStartsAreBoundariesNotSentences() throws IOException {
    List<ConllSentence> sentences = ConllReader.readAll(conll2003(), ConllColumnFormat.CONLL2003);
    assertEquals(3, sentences.size());
    assertTrue(sentences.get(0).startsDocument());
    assertFalse(sentences.get(1).startsDocument());
    assertTrue(sentences.get(2).startsDocument());
    TaggedSentence first = sentences.get(0).tagged(ConllColumnFormat.CONLL2003);
    assertEquals(List.of("EU", "rejects", "German", "call", "."), first.words());
    assertEquals(List.of("B-ORG", "O", "B-MISC", "O", "O"), first.tags());
    assertEquals(List.of("NNP", "VBZ", "JJ", "NN", "."), sentences.get(0).column(1));
    assertEquals(new ConllStatistics(3, 9, 2), ConllStatistics.of(conll2003(), ConllColumnFormat.CONLL2003));
  }

  @Test
  void conll2003RoundTripIsByteIdentical() throws IOException {
    Path in = conll2003();
    Path out = dir.resolve("out.txt");
    ConllWriter.write(out, ConllReader.readAll(in, ConllColumnFormat.CONLL2003), ConllColumnFormat.CONLL2003);
    assertArrayEquals(Files.readAllBytes(in), Files.readAllBytes(out));
  }

  @Test
  void otherColumnsCanBeChosen() throws IOException {
    ConllColumnFormat chunks = ConllColumnFormat.CONLL2003.withColumns(0, 2);
    try (CorpusReader<TaggedSentence> reader = ConllReader.openTagged(conll2003(), chunks)) {
      assertEquals(List.of("B-NP", "I-NP"), reader.readAll().get(1).tags());
    }
  }

  @Test
  void whitespaceOnlyLinesSeparateSentencesAndSurviveRoundTrip() throws IOException {
    String text = "Hi\tO\nthere\tO\n\t\n@bob\tB-person\n#win\tO\n\nNew\tB-location\nYork\tI-location\n\n";
    Path in = write("wnut.conll", text);
    List<ConllSentence> sentences = ConllReader.readAll(in, ConllColumnFormat.WORD_TAB_TAG);
    assertEquals(3, sentences.size());
    assertEquals("\t", sentences.get(0).boundaryLine());
    assertEquals(List.of("@bob", "#win"), sentences.get(1).words(ConllColumnFormat.WORD_TAB_TAG));
    Path out = dir.resolve("wnut.out");
    ConllWriter.write(out, sentences, ConllColumnFormat.WORD_TAB_TAG);
    assertEquals(text, Files.readString(out));
  }

  @Test
  void tabSeparatedColumnsMayContainSpaces() throws IOException {
    Path in = write("spaces.tsv", "New York\tB-location\n\n");
    assertEquals(List.of("New York"), ConllReader.readAll(in, ConllColumnFormat.WORD_TAB_TAG).get(0).words(ConllColumnFormat.WORD_TAB_TAG));
  }

  @Test
  void writesPredictionsAsAnExtraColumnWithoutChangingInput() throws IOException {
    List<ConllSentence> sentences = ConllReader.readAll(conll2003(), ConllColumnFormat.CONLL2003);
    ConllSentence second = sentences.get(1);
    ConllSentence predicted0 = sentences.get(0).withAppendedColumn(List.of("B-ORG", "O", "O", "O", "O"));
    ConllSentence predicted1 = second.withAppendedColumn(List.of("B-PER", "I-PER"));
    Path out = dir.resolve("pred.txt");
    ConllWriter.write(out, List.of(predicted0, predicted1), ConllColumnFormat.CONLL2003);
    List<String> lines = Files.readAllLines(out);
    assertEquals("-DOCSTART- -X- -X- O O", lines.get(0));
    assertEquals("", lines.get(1));
    assertEquals("EU NNP B-NP B-ORG B-ORG", lines.get(2));
    assertEquals("German JJ B-NP B-MISC O", lines.get(4));
    assertEquals("Blackburn NNP I-NP I-PER I-PER", lines.get(9));
    assertEquals(4, second.tokens().get(0).columns().size(), "input sentence unchanged");
    assertThrows(IllegalArgumentException.class, () -> second.withAppendedColumn(List.of("O")));
  }

  @Test
  void documentStartWithoutSentencesIsKept() throws IOException {
    String text = "-DOCSTART- -X- -X- O\n\n-DOCSTART- -X- -X- O\n\nA DT B-NP O\n\n-DOCSTART- -X- -X- O\n\n";
    Path in = write("docs.txt", text);
    List<ConllSentence> sentences = ConllReader.readAll(in, ConllColumnFormat.CONLL2003);
    assertEquals(3, sentences.size());
    assertTrue(sentences.get(0).tokens().isEmpty());
    assertEquals(new ConllStatistics(1, 1, 3), ConllStatistics.of(in, ConllColumnFormat.CONLL2003));
    try (CorpusReader<TaggedSentence> tagged = ConllReader.openTagged(in, ConllColumnFormat.CONLL2003)) {
      assertEquals(1, tagged.readAll().size());
    }
    Path out = dir.resolve("docs.out");
    ConllWriter.write(out, sentences, ConllColumnFormat.CONLL2003);
    assertEquals(text, Files.readString(out));
  }

  @Test
  void documentStartRightAfterTokensEndsTheSentence() throws IOException {
    Path in = write("tight.txt", "A DT B-NP O\n-DOCSTART- -X- -X- O\nB DT B-NP O\n");
    List<ConllSentence> sentences = ConllReader.readAll(in, ConllColumnFormat.CONLL2003);
    assertEquals(2, sentences.size());
    assertTrue(sentences.get(1).startsDocument());
  }

  @Test
  void commentsOnlyWhenConfigured() throws IOException {
    String text = "# sent_id = 1\n# text = Bob ran\n1\tBob\tB-PER\t-\tann1\n2\tran\tO\t-\t-\n\n";
    Path in = write("uner.iob2", text);
    List<ConllSentence> sentences = ConllReader.readAll(in, ConllColumnFormat.UNER);
    assertEquals(List.of("# sent_id = 1", "# text = Bob ran"), sentences.get(0).comments());
    assertEquals(new TaggedSentence(List.of("Bob", "ran"), List.of("B-PER", "O")), sentences.get(0).tagged(ConllColumnFormat.UNER));
    Path out = dir.resolve("uner.out");
    ConllWriter.write(out, sentences, ConllColumnFormat.UNER);
    assertEquals(text, Files.readString(out));

    Path hashtags = write("tweets.conll", "#win\tO\n\n");
    assertEquals("#win", ConllReader.readAll(hashtags, ConllColumnFormat.WORD_TAB_TAG).get(0).tokens().get(0).column(0));
  }

  @Test
  void unlabelledInputNeedsOnlyTheWordColumn() throws IOException {
    ConllColumnFormat wordsOnly = ConllColumnFormat.WORD_TAB_TAG.withoutTagColumn();
    Path in = write("words.txt", "Hello\nworld\n\nBye\n");
    List<ConllSentence> sentences = ConllReader.readAll(in, wordsOnly);
    assertEquals(List.of("Hello", "world"), sentences.get(0).words(wordsOnly));
    assertThrows(IllegalStateException.class, () -> sentences.get(0).tagged(wordsOnly));
  }

  @Test
  void tooFewColumnsNamesFileLineAndExpectation() throws IOException {
    Path in = write("short.txt", "EU NNP B-NP B-ORG\nrejects VBZ\n\n");
    BadInputException e = assertThrows(BadInputException.class, () -> ConllReader.readAll(in, ConllColumnFormat.CONLL2003));
    assertEquals(in + ":2: expected at least 4 whitespace-separated columns, found 2", e.getMessage());
  }

  @Test
  void inconsistentColumnCountIsRejected() throws IOException {
    Path in = write("ragged.tsv", "a\tO\n\nb\tO\textra\n\n");
    BadInputException e = assertThrows(BadInputException.class, () -> ConllReader.readAll(in, ConllColumnFormat.WORD_TAB_TAG));
    assertEquals(in + ":3: expected 2 tab-separated columns as on line 1, found 3", e.getMessage());
  }

  @Test
  void emptyWordOrTagIsRejected() throws IOException {
    Path noWord = write("noword.tsv", "a\tO\n\tO\n\n");
    assertEquals(noWord + ":2: empty word in column 1; expected a word",
        assertThrows(BadInputException.class, () -> ConllReader.readAll(noWord, ConllColumnFormat.WORD_TAB_TAG))
            .getMessage());
    Path noTag = write("notag.tsv", "a\t\n\n");
    assertEquals(noTag + ":1: empty tag in column 2; expected a tag",
        assertThrows(BadInputException.class, () -> ConllReader.readAll(noTag, ConllColumnFormat.WORD_TAB_TAG)).getMessage());
  }

  @Test
  void misplacedCommentsAreRejected() throws IOException {
    Path inside = write("inside.iob2", "1\tBob\tB-PER\t-\t-\n# late\n\n");
    assertEquals(2, assertThrows(BadInputException.class, () -> ConllReader.readAll(inside, ConllColumnFormat.UNER)).line());
    Path orphan = write("orphan.iob2", "# sent_id = 1\n\n");
    assertEquals(2, assertThrows(BadInputException.class, () -> ConllReader.readAll(orphan, ConllColumnFormat.UNER)).line());
  }

  @Test
  void invalidUtf8AndMissingFileAreReported() throws IOException {
    Path bad = dir.resolve("bad.tsv");
    Files.write(bad, new byte[] {'a', '\t', 'O', '\n', (byte) 0xC3, '\t', 'O', '\n'});
    BadInputException e = assertThrows(BadInputException.class, () -> ConllReader.readAll(bad, ConllColumnFormat.WORD_TAB_TAG));
    assertEquals(2, e.line());
    Path missing = dir.resolve("missing.tsv");
    assertEquals(missing + ": file not found",
        assertThrows(BadInputException.class, () -> ConllReader.open(missing, ConllColumnFormat.WORD_TAB_TAG)).getMessage());
  }

  @Test
  void formatRejectsInconsistentSettings() {
    assertThrows(IllegalArgumentException.class, () -> ConllColumnFormat.WORD_TAB_TAG.withColumns(1, 1));
    assertThrows(IllegalArgumentException.class, () -> ConllColumnFormat.WORD_TAB_TAG.withColumns(-1, 1));
    assertThrows(IllegalArgumentException.class, () -> ConllColumnFormat.WORD_TAB_TAG.withCommentPrefix(""));
  }

  @Test
  void separatorsSplitAsDocumented() {
    assertEquals(List.of("a", "b", "c"), ColumnSeparator.WHITESPACE.split("  a \t b  c "));
    assertEquals(List.of("a b", "", "c"), ColumnSeparator.TAB.split("a b\t\tc"));
    assertTrue(ColumnSeparator.isBlankLine(" \t "));
    assertFalse(ColumnSeparator.isBlankLine("\u00a0"));
  }
}

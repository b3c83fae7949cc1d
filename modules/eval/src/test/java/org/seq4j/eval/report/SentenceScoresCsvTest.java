package org.seq4j.eval.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SentenceScoresCsvTest {
  @TempDir Path dir;

  @Test
  void roundTripsTrickyTextAndExtraColumns() throws Exception {
    List<SentenceScore> rows = List.of(
        new SentenceScore("1", "Hallo, \"Welt\"", "Hello, \"world\"", "hello\nworld", 42.5, Map.of("bucket", "1-10")),
        new SentenceScore("2", "ja", "yes", "yes", null, Map.of("ref2", "yeah")),
        new SentenceScore("3", "", "", "", 0.0));
    Path file = dir.resolve("sentences.csv");
    SentenceScoresCsv.write(file, new SentenceScores("bleu", "test", rows));

    try (Reader in = Files.newBufferedReader(file);
        CSVParser parser = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
      assertEquals(List.of("id", "source", "reference", "hypothesis", "score", "bucket", "ref2"), parser.getHeaderNames());
      List<CSVRecord> records = parser.getRecords();
      assertEquals(3, records.size());
      assertEquals("Hallo, \"Welt\"", records.get(0).get("source"));
      assertEquals("hello\nworld", records.get(0).get("hypothesis"));
      assertEquals(42.5, Double.parseDouble(records.get(0).get("score")));
      assertEquals("1-10", records.get(0).get("bucket"));
      assertEquals("", records.get(0).get("ref2"));
      assertEquals("", records.get(1).get("score"), "missing score is an empty cell");
      assertEquals("yeah", records.get(1).get("ref2"));
      assertEquals(0.0, Double.parseDouble(records.get(2).get("score")));
    }
  }

  @Test
  void emptyScoresGiveHeaderOnly() throws Exception {
    Path file = dir.resolve("s.csv");
    SentenceScoresCsv.write(file, new SentenceScores("bleu", "test", List.of()));
    assertEquals("id,source,reference,hypothesis,score\n", Files.readString(file));
  }
}

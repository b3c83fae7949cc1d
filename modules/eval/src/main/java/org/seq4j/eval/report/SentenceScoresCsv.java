package org.seq4j.eval.report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Exports per-sentence scores as CSV ({@code sentences.csv}): {@code id, source, reference,
 * hypothesis, score}, then every {@code extra} column that any row has, in first-seen order (a
 * row without it gets an empty cell). Quoting follows RFC 4180 (Commons CSV), so sentences with
 * commas, quotes or line breaks survive a round trip through spreadsheets and pandas; lines end
 * with {@code \n}. A missing score is an empty cell. Written atomically.
 */
public final class SentenceScoresCsv {

  /** Conventional file name inside a run directory. */
  public static final String FILE_NAME = "sentences.csv";
  static final List<String> FIXED_COLUMNS = List.of("id", "source", "reference", "hypothesis", "score");

  private SentenceScoresCsv() {}

  public static void write(Path file, SentenceScores scores) throws IOException {
    Set<String> extras = new LinkedHashSet<>();
    scores.rows().forEach(r -> extras.addAll(r.extra().keySet()));
    extras.removeAll(FIXED_COLUMNS);
    List<String> header = new ArrayList<>(FIXED_COLUMNS);
    header.addAll(extras);
    CSVFormat format = CSVFormat.DEFAULT.builder()
        .setHeader(header.toArray(String[]::new))
        .setRecordSeparator("\n")
        .get();
    AtomicTextFile.write(file, out -> {
      try (CSVPrinter csv = new CSVPrinter(out, format)) {
        for (SentenceScore r : scores.rows()) {
          List<Object> record = new ArrayList<>(List.of(
              nullToEmpty(r.id()), nullToEmpty(r.source()), nullToEmpty(r.reference()), nullToEmpty(r.hypothesis()),
              Formats.isFinite(r.score()) ? r.score().toString() : ""));
          for (String column : extras) {
            record.add(r.extra().getOrDefault(column, ""));
          }
          csv.printRecord(record);
        }
      }
    });
  }

  private static String nullToEmpty(String s) {
    return s == null ? "" : s;
  }
}

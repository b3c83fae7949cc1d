package org.seq4j.corpus.io.parallel;

import java.util.Locale;
import org.apache.commons.csv.CSVFormat;

/**
 * The two delimited-file dialects for parallel data.
 *
 * <p>Design: TSV has no quoting at all, because exports such as Tatoeba's
 * {@code English<TAB>French<TAB>attribution} contain bare double quotes in sentences; a quoting
 * TSV dialect would swallow them. CSV follows RFC 4180 (double-quote quoting, quotes doubled).
 */
public enum DelimitedFormat {
  /** Tab-separated, one record per line, no quoting or escaping. */
  TSV(CSVFormat.Builder.create()
      .setDelimiter('\t')
      .setQuote(null)
      .setEscape(null)
      .setRecordSeparator("\n")
      .setIgnoreEmptyLines(true)
      .get()),
  /** Comma-separated with RFC 4180 quoting; quoted fields may span lines. */
  CSV(CSVFormat.RFC4180.builder().setRecordSeparator("\n").setIgnoreEmptyLines(true).get());

  private final CSVFormat csvFormat;

  DelimitedFormat(CSVFormat csvFormat) {
    this.csvFormat = csvFormat;
  }

  /** The Commons CSV dialect. */
  public CSVFormat csvFormat() {
    return csvFormat;
  }

  /** Lower-case short name ({@code tsv}, {@code csv}). */
  public String shortName() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * Parses a short name, case-insensitively.
   *
   * @throws IllegalArgumentException naming the valid values
   */
  public static DelimitedFormat parse(String name) {
    for (DelimitedFormat format : values()) {
      if (format.shortName().equalsIgnoreCase(name.trim())) {
        return format;
      }
    }
    throw new IllegalArgumentException("Invalid value '" + name + "' for delimited format: expected tsv|csv");
  }
}

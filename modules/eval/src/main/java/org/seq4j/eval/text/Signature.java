package org.seq4j.eval.text;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A sacreBLEU reproducibility signature such as {@code
 * nrefs:2|case:mixed|eff:no|tok:13a|smooth:exp|version:2.6.0}, with its {@code --short} form
 * {@code #:2|c:mixed|e:no|tok:13a|s:exp|v:2.6.0}.
 *
 * <p>Design: sacreBLEU prints {@code nrefs} first, then the metric's own fields in a fixed order,
 * and {@code version} last. The version is the sacreBLEU version whose numbers these
 * implementations reproduce, not seq4j's version: the signature promises that sacreBLEU 2.6.0 with
 * the same settings prints the same score.
 *
 * @param fields the metric's own fields, in order (between {@code nrefs} and {@code version})
 * @param referenceCount references per segment, or {@link #VARIABLE_REFERENCES}
 */
public record Signature(int referenceCount, List<Field> fields) {

  /** The sacreBLEU version these metrics reproduce. */
  public static final String SACREBLEU_VERSION = "2.6.0";

  /** {@code referenceCount} when segments have different numbers of references. */
  public static final int VARIABLE_REFERENCES = -1;

  /** One {@code name:value} field with the abbreviation used by the short form. */
  public record Field(String name, String shortName, String value) {}

  public Signature {
    fields = Collections.unmodifiableList(new ArrayList<>(fields));
  }

  /** The full form, e.g. {@code nrefs:1|case:mixed|...|version:2.6.0}. */
  public String format() {
    return format(false);
  }

  /** The {@code --short} form, e.g. {@code #:1|c:mixed|...|v:2.6.0}. */
  public String formatShort() {
    return format(true);
  }

  private String format(boolean abbreviated) {
    StringBuilder out = new StringBuilder();
    out.append(abbreviated ? "#" : "nrefs").append(':');
    out.append(referenceCount == VARIABLE_REFERENCES ? "var" : Integer.toString(referenceCount));
    for (Field field : fields) {
      out.append('|').append(abbreviated ? field.shortName() : field.name());
      out.append(':').append(field.value());
    }
    out.append('|').append(abbreviated ? "v" : "version").append(':').append(SACREBLEU_VERSION);
    return out.toString();
  }

  /** Every {@code name -> value} pair of the full form, in order, for JSON output. */
  public List<Field> allFields() {
    List<Field> all = new ArrayList<>();
    all.add(
        new Field(
            "nrefs",
            "#",
            referenceCount == VARIABLE_REFERENCES ? "var" : Integer.toString(referenceCount)));
    all.addAll(fields);
    all.add(new Field("version", "v", SACREBLEU_VERSION));
    return all;
  }

  @Override
  public String toString() {
    return format();
  }
}

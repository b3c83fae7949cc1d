package org.seq4j.eval;

import java.util.Objects;

/**
 * Evaluation input a user supplied is wrong: hypothesis and reference line counts differ, gold and
 * predicted token counts differ in a sentence, an unknown tag scheme, an empty or missing file. The
 * message is one line naming the file, the line or sentence, and what differs. The CLI maps it to
 * exit code 2. (The eval module depends on nothing else in seq4j, hence its own exception type.)
 */
public class EvalInputException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String source;
  private final long line;

  /**
   * @param source the file (or other named input) the problem is in
   * @param line 1-based line number, or 0 when the problem concerns the whole input
   * @param problem what differs or was expected
   */
  public EvalInputException(String source, long line, String problem) {
    super((line > 0 ? source + ":" + line + ": " : source + ": ") + problem);
    this.source = Objects.requireNonNull(source, "source");
    this.line = line;
  }

  public String source() {
    return source;
  }

  public long line() {
    return line;
  }
}

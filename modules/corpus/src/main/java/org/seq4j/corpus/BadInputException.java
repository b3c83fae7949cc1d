package org.seq4j.corpus;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Input a user supplied is wrong: a malformed line, a missing file, invalid UTF-8, mismatched
 * parallel files. The message is one line naming the file, the line (when there is one) and what
 * was expected, e.g. {@code train.conllu:17: expected 10 tab-separated columns, found 9}. The CLI
 * turns it into exit code 2 without a stack trace.
 */
public class BadInputException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** Line number used when the problem concerns the whole file rather than one line. */
  public static final long NO_LINE = 0;

  private final String source;
  private final long line;
  private final String problem;

  public BadInputException(String source, long line, String problem) {
    this(source, line, problem, null);
  }

  public BadInputException(String source, long line, String problem, Throwable cause) {
    super(format(source, line, problem), cause);
    this.source = Objects.requireNonNull(source, "source");
    this.line = line;
    this.problem = Objects.requireNonNull(problem, "problem");
  }

  public BadInputException(Path file, long line, String problem) {
    this(file.toString(), line, problem, null);
  }

  public BadInputException(Path file, long line, String problem, Throwable cause) {
    this(file.toString(), line, problem, cause);
  }

  /** The file (or other named source, such as {@code <stdin>}) the problem is in. */
  public String source() {
    return source;
  }

  /** 1-based line number, or {@link #NO_LINE}. */
  public long line() {
    return line;
  }

  /** What was wrong, without the location prefix. */
  public String problem() {
    return problem;
  }

  private static String format(String source, long line, String problem) {
    return line > NO_LINE ? source + ":" + line + ": " + problem : source + ": " + problem;
  }
}

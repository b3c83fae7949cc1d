package org.seq4j.eval.report;

import java.util.ArrayList;
import java.util.List;

/** A one-line description of a run ("task: tagging · seed 13 · created ... · seq4j 0.1.0"). */
final class RunSummary {
  static final String SEPARATOR = " · ";

  private RunSummary() {}

  static String line(RunInfo run) {
    if (run == null) {
      return "";
    }
    List<String> parts = new ArrayList<>();
    if (run.task() != null) {
      parts.add("task: " + run.task());
    }
    if (run.seed() != null) {
      parts.add("seed " + run.seed());
    }
    if (run.created() != null) {
      parts.add("created " + run.created());
    }
    if (run.seq4jVersion() != null) {
      parts.add("seq4j " + run.seq4jVersion());
    }
    return String.join(SEPARATOR, parts);
  }
}

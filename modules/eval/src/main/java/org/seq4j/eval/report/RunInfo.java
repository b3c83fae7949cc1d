package org.seq4j.eval.report;

/**
 * What run a report describes. Every field may be null when unknown (an ad hoc evaluation has no
 * recipe name or seed).
 *
 * @param name recipe or run name, e.g. {@code ud-ewt-upos}
 * @param task short task name, e.g. {@code tagging}, {@code translation}, {@code ner}
 * @param seed the recipe's random seed
 * @param created ISO-8601 timestamp of when the report was produced
 * @param seq4jVersion the seq4j version that produced it
 */
public record RunInfo(String name, String task, Long seed, String created, String seq4jVersion) {

  /** A run info with only a name and task. */
  public static RunInfo of(String name, String task) {
    return new RunInfo(name, task, null, null, null);
  }
}

package org.seq4j.eval.report;

import java.util.List;

/** Example outputs a reader looks at: the best and the worst sentences by sentence score. */
public record Samples(String metric, String split, List<SentenceScore> best, List<SentenceScore> worst) {

  public Samples {
    best = Copies.list(best);
    worst = Copies.list(worst);
  }

  public boolean isEmpty() {
    return best.isEmpty() && worst.isEmpty();
  }
}

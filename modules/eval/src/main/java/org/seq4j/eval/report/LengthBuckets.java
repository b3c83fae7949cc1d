package org.seq4j.eval.report;

import java.util.List;

/** A score broken down by source-length bucket, e.g. BLEU by source length on the test split. */
public record LengthBuckets(String metric, String split, List<LengthBucket> buckets) {

  public LengthBuckets {
    buckets = Copies.list(buckets);
  }
}

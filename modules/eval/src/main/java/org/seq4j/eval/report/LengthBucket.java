package org.seq4j.eval.report;

/**
 * One source-length bucket: its label (e.g. {@code 1-10}), how many sentences fell into it, and
 * the corpus-level score of those sentences (null when the bucket is empty).
 */
public record LengthBucket(String label, long count, Double score) {}

package org.seq4j.eval.report;

/** A closed confidence interval [low, high] on the 0-100 score scale. */
public record Interval(double low, double high) {}

package org.seq4j.nn.train;

/**
 * The training batches of one epoch. The epoch number lets the source reshuffle deterministically
 * (e.g. with {@code new SplittableRandom(seed + epoch)}), so a run is reproducible from its seed.
 */
@FunctionalInterface
public interface BatchSource<B> {

  /** Batches of epoch {@code epoch} (1-based). */
  Iterable<B> epoch(int epoch);
}

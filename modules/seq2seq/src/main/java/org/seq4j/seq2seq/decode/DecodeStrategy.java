package org.seq4j.seq2seq.decode;

import java.util.List;

/**
 * A search over output sequences that drives a {@link StepDecoder} one token at a time for a whole
 * batch of sentences (OpenNMT's {@code DecodeStrategy}, Joey NMT's {@code search.py}). Strategies
 * hold only settings; every call keeps its own bookkeeping, so one instance may serve many threads.
 */
public interface DecodeStrategy {

  /**
   * @param initial the decoder state of {@code sourceLengths.length} sentences, one row each
   * @param sourceLengths real source lengths (for the {@link LengthLimit})
   * @return per sentence, its hypotheses best first (one for greedy search); immutable
   */
  <S> List<List<ScoredSequence>> search(StepDecoder<S> decoder, S initial, int[] sourceLengths);
}

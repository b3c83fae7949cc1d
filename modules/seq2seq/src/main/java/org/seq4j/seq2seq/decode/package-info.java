/**
 * Decoding strategies ({@link org.seq4j.seq2seq.decode.GreedySearch}, {@link
 * org.seq4j.seq2seq.decode.BeamSearch}) driven one token at a time through the {@link
 * org.seq4j.seq2seq.decode.StepDecoder} contract; they know nothing of the network, so they are tested
 * against a deterministic stand-in model.
 */
package org.seq4j.seq2seq.decode;

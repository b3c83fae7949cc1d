/**
 * Recurrent layers with explicit forward and backward passes: LSTM, GRU and tanh-RNN cells, run
 * forward or reversed, bidirectional, and stacked with dropout between layers.
 *
 * <p><b>Layout.</b> Every sequence tensor here is <em>time-major</em>: {@code [time, batch, features]},
 * C order, so time step {@code t} is the contiguous row block {@code [t*batch, (t+1)*batch)} of the
 * same data seen as {@code [time*batch, features]}. That makes the input projection of all steps one
 * gemm and every per-step slice a cheap contiguous view. Masks are {@code [batch, time]} with 1 for
 * real steps and 0 for padding; sequences are left-aligned (padding only at the end). States are
 * {@code [batch, stateSize]}.
 *
 * <p><b>Padding.</b> A padded step leaves the state unchanged and outputs zero, so the final state
 * of each sequence is its state at its last real step (the seq2seq context vector), gradients
 * arriving at padded outputs are ignored, and padded inputs get zero gradient. The reverse direction
 * reverses each sequence within its own length: it walks time from the end, and the padded steps it
 * meets first are skipped by the same mask rule, so no data is reordered.
 *
 * <p><b>Gradients.</b> A forward pass returns a {@link org.seq4j.nn.rnn.RecurrentPass} holding what
 * backward needs; {@code backward} adds parameter gradients into the layer's
 * {@link org.seq4j.nn.param.Parameter} gradient buffers and returns input and initial-state
 * gradients. Layers keep no per-call state, so several passes may be alive at once.
 */
package org.seq4j.nn.rnn;

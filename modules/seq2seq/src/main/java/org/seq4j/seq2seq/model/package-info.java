/**
 * The encoder-decoder network with explicit forward and backward passes: {@link
 * org.seq4j.seq2seq.model.Seq2SeqNetwork} (parameters, encoding, one-token decoder steps), {@link
 * org.seq4j.seq2seq.model.TeacherForcing} (training) and its parts: bridge, Luong and Bahdanau
 * attention, the decoder step shared by decoding and step-wise training ({@code DecoderStep}), the
 * whole-sequence and step-by-step decoder passes, deep output, output projection. Sequence tensors are
 * time-major {@code [time, batch, features]} as in {@code org.seq4j.nn.rnn}; attention works
 * batch-major internally.
 */
package org.seq4j.seq2seq.model;

/**
 * Training ({@link org.seq4j.seq2seq.train.Seq2SeqTrainer}) and the {@link org.seq4j.seq2seq.Translator}
 * implementation with its model file ({@link org.seq4j.seq2seq.train.NeuralTranslator}).
 */
package org.seq4j.seq2seq.train;

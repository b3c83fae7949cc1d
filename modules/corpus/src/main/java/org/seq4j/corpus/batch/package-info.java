/**
 * Batching of already-encoded sequences into padded mini-batches and ND4J tensors.
 *
 * <p>The pipeline has three separable steps, so a custom model can stop after any of them:
 *
 * <ol>
 *   <li>{@link org.seq4j.corpus.batch.BatchPlanner} decides <em>which</em> examples go together
 *       (length bucketing within a pool, sentence or token budgets, seeded shuffling) and returns
 *       a {@link org.seq4j.corpus.batch.BatchPlan} of example indices;
 *   <li>{@link org.seq4j.corpus.batch.TaggingBatcher} and {@link
 *       org.seq4j.corpus.batch.Seq2SeqBatcher} fill padded plain Java arrays ({@link
 *       org.seq4j.corpus.batch.TaggingBatch}, {@link org.seq4j.corpus.batch.Seq2SeqBatch});
 *   <li>{@link org.seq4j.corpus.batch.BatchTensors} turns those into an ND4J {@code
 *       MultiDataSet} with masks; {@link org.seq4j.corpus.batch.PlannedMultiDataSetIterator}
 *       feeds them to DL4J's {@code fit()} and re-plans every epoch with seed + epoch.
 * </ol>
 *
 * <p>Padding positions always hold {@link org.seq4j.corpus.batch.Padding#PAD_ID} and mask 0.
 */
package org.seq4j.corpus.batch;

package org.seq4j.corpus.batch;

import java.util.List;
import java.util.NoSuchElementException;
import java.util.function.Function;
import org.nd4j.linalg.dataset.api.MultiDataSet;
import org.nd4j.linalg.dataset.api.MultiDataSetPreProcessor;
import org.nd4j.linalg.dataset.api.iterator.MultiDataSetIterator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A DL4J {@link MultiDataSetIterator} over planned, padded batches, so {@code fit()} can consume
 * them directly.
 *
 * <p><b>Epochs.</b> Epoch {@code k} is planned with seed {@code options.seed() + k}, so a run is
 * reproducible and each epoch sees a different (but fixed) order. {@link #reset()} moves to the
 * next epoch only if the current epoch served at least one batch: DL4J and evaluation code often
 * call {@code reset()} defensively before the first pass, and that must not skip epoch 0. {@link
 * #setEpoch(int)} jumps to an epoch directly, e.g. when resuming from a checkpoint.
 *
 * <p><b>Laziness.</b> Only the plan (index arrays) is built per epoch; tensors are built in
 * {@link #next()}, one batch at a time, so memory stays at one batch. Each call returns fresh
 * arrays, so the iterator is safe to wrap in DL4J's asynchronous prefetching iterator. The
 * iterator itself is not thread-safe, and although DL4J's interface extends {@code Serializable}
 * it is not meant to be serialized (its example data and batch builder are transient).
 */
public final class PlannedMultiDataSetIterator implements MultiDataSetIterator {

  private static final long serialVersionUID = 1L;
  private static final Logger LOG = LoggerFactory.getLogger(PlannedMultiDataSetIterator.class);

  private final transient SequenceLengths lengths;
  private final transient BatchPlanner planner;
  private final transient Function<int[], MultiDataSet> batchBuilder;
  private transient MultiDataSetPreProcessor preProcessor;
  private transient BatchPlan plan;
  private int epoch;
  private int cursor;

  /**
   * @param lengths lengths of the examples {@code batchBuilder} knows
   * @param options batching options; the seed is the epoch-0 seed
   * @param batchBuilder builds the MultiDataSet of the given example indices
   */
  public PlannedMultiDataSetIterator(
      SequenceLengths lengths, BatchingOptions options, Function<int[], MultiDataSet> batchBuilder) {
    this.lengths = lengths;
    this.planner = new BatchPlanner(options);
    this.batchBuilder = batchBuilder;
    setEpoch(0);
  }

  /** Iterator over tagging batches. */
  public static PlannedMultiDataSetIterator forTagging(
      List<TaggingExample> examples, BatchingOptions options, TensorFormat format) {
    TaggingBatcher batcher = new TaggingBatcher(examples);
    return new PlannedMultiDataSetIterator(
        batcher.lengths(), options, indices -> BatchTensors.tagging(batcher.batch(indices), format));
  }

  /**
   * Iterator over translation batches (decoder input BOS + y, labels y + EOS); the format's class
   * count is the target vocabulary size.
   */
  public static PlannedMultiDataSetIterator forSeq2Seq(
      List<Seq2SeqExample> examples,
      BatchingOptions options,
      int bosId,
      int eosId,
      TensorFormat format) {
    Seq2SeqBatcher batcher = new Seq2SeqBatcher(examples, bosId, eosId);
    return new PlannedMultiDataSetIterator(
        batcher.lengths(), options, indices -> BatchTensors.seq2seq(batcher.batch(indices), format));
  }

  /** The epoch whose plan is being served (0-based). */
  public int epoch() {
    return epoch;
  }

  /** The plan of the current epoch. */
  public BatchPlan currentPlan() {
    return plan;
  }

  /** Re-plans for {@code newEpoch} and rewinds to its first batch. */
  public void setEpoch(int newEpoch) {
    if (newEpoch < 0) {
      throw new IllegalArgumentException("epoch must be non-negative, got " + newEpoch);
    }
    epoch = newEpoch;
    plan = planner.planEpoch(lengths, newEpoch);
    cursor = 0;
    LOG.debug("epoch {}: {} batches, {} examples skipped as empty",
        newEpoch, plan.size(), plan.skippedExamples().length);
  }

  @Override
  public boolean hasNext() {
    return cursor < plan.size();
  }

  @Override
  public MultiDataSet next() {
    if (!hasNext()) {
      throw new NoSuchElementException("epoch " + epoch + " has only " + plan.size() + " batches");
    }
    MultiDataSet batch = batchBuilder.apply(plan.batchView(cursor++));
    if (preProcessor != null) {
      preProcessor.preProcess(batch);
    }
    return batch;
  }

  /** Not supported: batch composition is decided by the plan, not by the caller. */
  @Override
  public MultiDataSet next(int num) {
    throw new UnsupportedOperationException(
        "batch sizes come from BatchingOptions; call next() instead of next(" + num + ")");
  }

  @Override
  public void setPreProcessor(MultiDataSetPreProcessor preProcessor) {
    this.preProcessor = preProcessor;
  }

  @Override
  public MultiDataSetPreProcessor getPreProcessor() {
    return preProcessor;
  }

  @Override
  public boolean resetSupported() {
    return true;
  }

  @Override
  public boolean asyncSupported() {
    return true;
  }

  /** Moves to the next epoch's plan, unless nothing of the current epoch was served yet. */
  @Override
  public void reset() {
    if (cursor == 0) {
      return;
    }
    setEpoch(epoch + 1);
  }
}

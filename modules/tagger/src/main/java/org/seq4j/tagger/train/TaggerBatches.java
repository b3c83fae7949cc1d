package org.seq4j.tagger.train;

import java.util.AbstractList;
import java.util.List;
import org.seq4j.corpus.batch.BatchPlan;
import org.seq4j.corpus.batch.BatchPlanner;
import org.seq4j.corpus.batch.BatchSize;
import org.seq4j.corpus.batch.BatchingOptions;
import org.seq4j.corpus.batch.EmptySequencePolicy;
import org.seq4j.corpus.batch.SequenceLengths;
import org.seq4j.corpus.batch.TaggingBatch;
import org.seq4j.corpus.batch.TaggingBatcher;
import org.seq4j.corpus.batch.TaggingExample;
import org.seq4j.nn.train.BatchSource;
import org.seq4j.tagger.model.NetworkBatch;
import org.seq4j.tagger.model.TaggerNetwork;

/**
 * Training batches: every epoch a seeded shuffle, length-bucketed pools and a shuffled batch order
 * (corpus {@link BatchPlanner}, planned with {@code seed + epoch}), so the same seed replays the
 * same batches. Empty sentences are skipped (they carry no gradient). Batches are converted to ND4J
 * arrays one at a time as the epoch consumes them, so only the current batch is in memory. Word
 * dropout ({@link WordDropout}), when active, is applied to each batch as it is built.
 */
final class TaggerBatches implements BatchSource<NetworkBatch> {

  private final TaggingBatcher batcher;
  private final SequenceLengths lengths;
  private final BatchPlanner planner;
  private final boolean withChars;
  private final WordDropout wordDropout;

  /** @param poolSize sentences sorted by length together ({@link BatchingOptions#poolSize}) */
  TaggerBatches(List<TaggingExample> examples, int sentencesPerBatch, int poolSize, long seed, boolean withChars,
      WordDropout wordDropout) {
    this.batcher = new TaggingBatcher(examples);
    this.wordDropout = wordDropout.active() ? wordDropout : null;
    this.lengths = batcher.lengths();
    this.planner = new BatchPlanner(BatchingOptions.shuffled(BatchSize.sentences(sentencesPerBatch), seed)
        .withPoolSize(poolSize).withEmptyPolicy(EmptySequencePolicy.SKIP));
    this.withChars = withChars;
  }

  @Override
  public Iterable<NetworkBatch> epoch(int epoch) {
    BatchPlan plan = planner.planEpoch(lengths, epoch);
    return new AbstractList<>() {
      @Override
      public NetworkBatch get(int index) {
        TaggingBatch batch = batcher.batch(plan.batch(index));
        if (wordDropout != null) {
          batch = wordDropout.apply(batch, epoch, index);
        }
        return NetworkBatch.of(batch, withChars, TaggerNetwork.DATA_TYPE);
      }

      @Override
      public int size() {
        return plan.size();
      }
    };
  }
}

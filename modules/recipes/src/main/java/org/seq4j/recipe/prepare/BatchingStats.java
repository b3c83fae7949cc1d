package org.seq4j.recipe.prepare;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.seq4j.corpus.SentencePair;
import org.seq4j.corpus.TaggedSentence;
import org.seq4j.corpus.batch.BatchPlan;
import org.seq4j.corpus.batch.BatchPlanner;
import org.seq4j.corpus.batch.BatchSize;
import org.seq4j.corpus.batch.BatchingOptions;
import org.seq4j.corpus.batch.PaddingStats;
import org.seq4j.corpus.batch.Seq2SeqBatcher;
import org.seq4j.corpus.batch.Seq2SeqExample;
import org.seq4j.corpus.batch.TaggingBatcher;
import org.seq4j.corpus.batch.TaggingExample;
import org.seq4j.corpus.tokenize.WhitespaceTokenizer;
import org.seq4j.corpus.vocab.Vocabulary;

/**
 * Batch count and padding efficiency of one split, planned exactly as training will batch it:
 * the corpus module's {@link BatchPlanner} (seeded shuffle, length-bucketed pools of {@code
 * prepare.bucket_pool}, the trainers' pool size too, {@code train.batch}
 * sentences per batch) and the batchers' own {@link
 * PaddingStats} (for translation: source plus decoder side, the decoder one step longer for
 * BOS/EOS). Efficiency = real tokens / allocated slots.
 *
 * <p>Padding depends on lengths only, so tagging examples carry the word ids and all-padding tag
 * ids: the tag vocabulary has no {@code <unk>} for a dev/test tag never seen in training, and
 * statistics must not fail on it. Pure.
 */
final class BatchingStats {
  private BatchingStats() {}

  static Map<String, Object> ofTagged(List<TaggedSentence> sentences, Vocabulary words, int batch, int pool,
      long seed) {
    List<TaggingExample> examples = new ArrayList<>(sentences.size());
    for (TaggedSentence s : sentences) {
      examples.add(new TaggingExample(words.encode(s.words()), new int[s.size()]));
    }
    TaggingBatcher batcher = new TaggingBatcher(examples);
    BatchPlan plan = planner(batch, pool, seed).plan(batcher.lengths(), seed);
    return toMap(batcher.paddingStats(plan), batch);
  }

  static Map<String, Object> ofPairs(List<SentencePair> pairs, Vocabulary source, Vocabulary target, int batch,
      int pool, long seed) {
    List<Seq2SeqExample> examples = new ArrayList<>(pairs.size());
    for (SentencePair p : pairs) {
      examples.add(new Seq2SeqExample(source.encode(WhitespaceTokenizer.INSTANCE.tokenize(p.source())),
          target.encode(WhitespaceTokenizer.INSTANCE.tokenize(p.target()))));
    }
    Seq2SeqBatcher batcher = new Seq2SeqBatcher(examples, target.bosId(), target.eosId());
    BatchPlan plan = planner(batch, pool, seed).plan(batcher.lengths(), seed);
    return toMap(batcher.paddingStats(plan), batch);
  }

  private static BatchPlanner planner(int batch, int pool, long seed) {
    return new BatchPlanner(BatchingOptions.shuffled(BatchSize.sentences(batch), seed).withPoolSize(pool));
  }

  private static Map<String, Object> toMap(PaddingStats stats, int batch) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("batches", stats.batches());
    out.put("batch_size", batch);
    out.put("real_tokens", stats.realTokens());
    out.put("padded_slots", stats.paddedSlots());
    out.put("padding_efficiency", stats.efficiency());
    return out;
  }
}

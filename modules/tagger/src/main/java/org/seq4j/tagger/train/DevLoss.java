package org.seq4j.tagger.train;

import java.util.ArrayList;
import java.util.List;
import org.seq4j.corpus.TaggedSentence;
import org.seq4j.corpus.batch.BatchPlan;
import org.seq4j.corpus.batch.BatchPlanner;
import org.seq4j.corpus.batch.BatchSize;
import org.seq4j.corpus.batch.BatchingOptions;
import org.seq4j.corpus.batch.TaggingBatcher;
import org.seq4j.corpus.batch.TaggingExample;
import org.seq4j.corpus.vocab.Vocabulary;
import org.seq4j.tagger.InferenceSettings;
import org.seq4j.tagger.model.NetworkBatch;
import org.seq4j.tagger.model.TaggerNetwork;
import org.seq4j.tagger.model.TaggerVocabularies;

/**
 * The network's mean loss per token on the dev sentences, in inference mode (no dropout): what
 * breaks ties between epochs in early stopping ({@link DevEvaluation}). The sentences are encoded
 * and batched once (sorted by length, {@link InferenceSettings#DEFAULT_TOKEN_BUDGET} token slots
 * per batch); each evaluation runs the current parameters over them on the calling thread. Empty
 * sentences, and sentences with a tag outside the model's tag set (their loss is undefined), are
 * left out.
 */
final class DevLoss {

  private final TaggerNetwork network;
  private final List<NetworkBatch> batches = new ArrayList<>();

  DevLoss(TaggerNetwork network, TaggerVocabularies vocabularies, List<TaggedSentence> dev, boolean withChars) {
    this.network = network;
    List<TaggingExample> examples = new ArrayList<>();
    for (TaggedSentence sentence : dev) {
      if (!sentence.words().isEmpty() && knowsAllTags(vocabularies, sentence)) {
        examples.add(vocabularies.encodeTagged(sentence, withChars));
      }
    }
    if (!examples.isEmpty()) {
      TaggingBatcher batcher = new TaggingBatcher(examples);
      BatchPlan plan = new BatchPlanner(BatchingOptions.sorted(BatchSize.tokens(InferenceSettings.DEFAULT_TOKEN_BUDGET)))
          .planEpoch(batcher.lengths(), 0);
      for (int b = 0; b < plan.size(); b++) {
        batches.add(NetworkBatch.of(batcher.batch(plan.batch(b)), withChars, TaggerNetwork.DATA_TYPE));
      }
    }
  }

  /** Mean loss per token with the current parameters; NaN when no dev sentence could be scored. */
  double compute() {
    double sum = 0;
    long tokens = 0;
    for (NetworkBatch batch : batches) {
      sum += network.loss(batch) * batch.tokens();
      tokens += batch.tokens();
    }
    return tokens == 0 ? Double.NaN : sum / tokens;
  }

  private static boolean knowsAllTags(TaggerVocabularies vocabularies, TaggedSentence sentence) {
    for (String tag : sentence.tags()) {
      if (vocabularies.tags().id(tag) == Vocabulary.NOT_FOUND) {
        return false;
      }
    }
    return true;
  }
}

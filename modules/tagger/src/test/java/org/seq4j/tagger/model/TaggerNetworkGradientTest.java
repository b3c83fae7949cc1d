package org.seq4j.tagger.model;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.rng.Random;
import org.nd4j.linalg.factory.Nd4j;
import org.seq4j.corpus.TaggedSentence;
import org.seq4j.corpus.batch.TaggingBatcher;
import org.seq4j.corpus.batch.TaggingExample;
import org.seq4j.nn.backend.NativeBackend;
import org.seq4j.nn.param.Parameter;

/**
 * Finite-difference check of the whole network's gradient (embeddings, character features,
 * transposes and concatenation, encoder, output), in double precision without dropout, for each
 * output and character encoder. The layers are checked one by one in nn; this checks the wiring.
 */
class TaggerNetworkGradientTest {

  private static final double EPSILON = 1e-6;
  private static final double TOLERANCE = 1e-4;
  private static final double ABSOLUTE_FLOOR = 1e-7;
  private static final int ENTRIES_PER_PARAMETER = 3;
  private static final Map<String, Object> TINY = Map.of("embedding_dim", 4, "char_dim", 3, "char_filters", 3,
      "char_hidden", 2, "hidden", 3, "dropout", 0.0);
  private static final List<TaggedSentence> SENTENCES = List.of(
      new TaggedSentence(List.of("mr", "abc", "went"), List.of("O", "B-PER", "O")),
      new TaggedSentence(List.of("in", "de", "fg", "now", "x"), List.of("O", "B-LOC", "I-LOC", "O", "O")),
      new TaggedSentence(List.of("a"), List.of("O")));

  @BeforeAll
  static void backend() {
    NativeBackend.configureFromEnvironment();
  }

  @Test
  void softmaxWithCharCnn() {
    check(Map.of());
  }

  @Test
  void crfWithCharLstmAndGru() {
    check(Map.of("output", "crf", "char_features", "lstm", "cell", "gru"));
  }

  @Test
  void twoLayerRnnWithoutChars() {
    check(Map.of("char_features", "none", "cell", "rnn", "layers", 2));
  }

  private static void check(Map<String, Object> settings) {
    TaggerConfig config = TaggerConfig.defaults().with(TINY).with(settings);
    TaggerVocabularies vocabularies = TaggerVocabularies.build(SENTENCES, 1, config);
    TaggerNetwork network = TaggerNetwork.create(config, vocabularies, null, 1L, DataType.DOUBLE);
    boolean withChars = config.charFeatures() != CharFeatures.NONE;
    List<TaggingExample> examples = new ArrayList<>();
    for (TaggedSentence s : SENTENCES) {
      examples.add(vocabularies.encodeTagged(s, withChars));
    }
    TaggingBatcher batcher = new TaggingBatcher(examples);
    NetworkBatch batch = NetworkBatch.of(batcher.batch(new int[] {0, 1, 2}), withChars, DataType.DOUBLE);
    Random random = Nd4j.getRandomFactory().getNewRandomInstance(1L);
    // The CRF optimises the batch-mean sentence NLL but reports it per token.
    double lossScale = config.output() == OutputLayer.CRF ? (double) batch.tokens() / batch.batchSize() : 1.0;

    network.trainableParameters().zeroGradients();
    network.trainStep(batch, random);
    Map<String, INDArray> analyticGradients = new java.util.HashMap<>();
    for (Parameter p : network.trainableParameters().list()) {
      analyticGradients.put(p.name(), p.gradient().dup());
    }
    SplittableRandom pick = new SplittableRandom(2L);
    for (Parameter p : network.trainableParameters().list()) {
      INDArray analytic = analyticGradients.get(p.name());
      INDArray flat = p.value().reshape(p.value().length());
      for (int k = 0; k < ENTRIES_PER_PARAMETER; k++) {
        int i = pick.nextInt((int) p.value().length());
        if (p.name().equals("words") && i < config.embeddingDim()) {
          continue;
        }
        double original = flat.getDouble(i);
        flat.putScalar(i, original + EPSILON);
        double plus = network.trainStep(batch, random).perToken();
        flat.putScalar(i, original - EPSILON);
        double minus = network.trainStep(batch, random).perToken();
        flat.putScalar(i, original);
        double numeric = (plus - minus) / (2 * EPSILON) * lossScale;
        double expected = analytic.reshape(analytic.length()).getDouble(i);
        double error = Math.abs(numeric - expected) / Math.max(ABSOLUTE_FLOOR, Math.abs(numeric) + Math.abs(expected));
        assertTrue(error < TOLERANCE || Math.abs(numeric - expected) < ABSOLUTE_FLOOR,
            p.name() + "[" + i + "]: numeric " + numeric + " analytic " + expected + " with " + settings);
      }
    }
  }
}

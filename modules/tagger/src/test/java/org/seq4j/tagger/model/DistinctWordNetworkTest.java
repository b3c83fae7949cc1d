package org.seq4j.tagger.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.seq4j.corpus.TaggedSentence;
import org.seq4j.corpus.batch.TaggingBatch;
import org.seq4j.corpus.batch.TaggingBatcher;
import org.seq4j.corpus.batch.TaggingExample;
import org.seq4j.nn.backend.NativeBackend;
import org.seq4j.nn.param.Parameter;

/**
 * Character features computed once per distinct word ({@link NetworkBatch#of}) give the network
 * the same outputs and the same gradients as the per-token computation they replace ({@link
 * NetworkBatch#perPosition}), on a batch that repeats its words and splits into several length
 * groups: exactly up to the order of floating-point sums, checked in double precision.
 */
class DistinctWordNetworkTest {

  /** Relative to the largest magnitude of the compared values: sums in another order. */
  private static final double DOUBLE_TOLERANCE = 1e-10;
  private static final double FLOAT_TOLERANCE = 1e-5;
  private static final Map<String, Object> SMALL = Map.of("embedding_dim", 5, "char_dim", 4, "char_filters", 6,
      "char_hidden", 3, "hidden", 4, "dropout", 0.0);
  private static final String LETTERS = "abcdef";
  private static final List<String> TAGS = List.of("A", "B", "C");
  private static final int SHORT_WORDS = 150;
  private static final int LONG_WORDS = 8;
  private static final int SENTENCES = 40;
  private static final int MAX_SENTENCE = 12;

  @BeforeAll
  static void backend() {
    NativeBackend.configureFromEnvironment();
  }

  @Test
  void charCnnWithSoftmaxMatchesThePerTokenNetwork() {
    check(Map.of());
  }

  @Test
  void charLstmWithCrfMatchesThePerTokenNetwork() {
    check(Map.of("char_features", "lstm", "output", "crf"));
  }

  private static void check(Map<String, Object> settings) {
    TaggerConfig config = TaggerConfig.defaults().with(SMALL).with(settings);
    List<TaggedSentence> sentences = sentences();
    TaggerVocabularies vocabularies = TaggerVocabularies.build(sentences, 1, config);
    TaggingBatch batch = batch(sentences, vocabularies);

    NetworkBatch distinct = NetworkBatch.of(batch, true, DataType.DOUBLE);
    NetworkBatch perToken = NetworkBatch.perPosition(batch, DataType.DOUBLE);
    assertTrue(distinct.words().size() < batch.realTokens() / 2, "the batch repeats its words");
    CharFeatureEncoder encoder = config.charFeatures() == CharFeatures.CNN
        ? new CnnCharFeatures("c", vocabularies.chars().size(), config.charDim(), config.charFilters(),
            config.charWindow(), DataType.DOUBLE, 1L)
        : new LstmCharFeatures("c", vocabularies.chars().size(), config.charDim(), config.charHidden(),
            DataType.DOUBLE, 1L);
    assertTrue(LengthGroups.split(distinct.words(), encoder::forwardCost).size() > 1, "several length groups");

    TaggerNetwork network = TaggerNetwork.create(config, vocabularies, null, 3L, DataType.DOUBLE);
    assertClose(network.tagScores(perToken), network.tagScores(distinct), DOUBLE_TOLERANCE, "scores");
    assertArrayEquals(network.predict(perToken), network.predict(distinct));

    Map<String, INDArray> perTokenGradients = new HashMap<>();
    double perTokenLoss = trainStep(network, perToken, perTokenGradients);
    Map<String, INDArray> distinctGradients = new HashMap<>();
    double distinctLoss = trainStep(network, distinct, distinctGradients);
    assertEquals(perTokenLoss, distinctLoss, DOUBLE_TOLERANCE * Math.abs(perTokenLoss));
    for (Parameter p : network.trainableParameters().list()) {
      assertClose(perTokenGradients.get(p.name()), distinctGradients.get(p.name()), DOUBLE_TOLERANCE, p.name());
    }
    assertTrue(perTokenGradients.get("chars.chars").amaxNumber().doubleValue() > 0, "characters get a gradient");

    TaggerNetwork floats = TaggerNetwork.create(config, vocabularies, null, 3L);
    NetworkBatch floatDistinct = NetworkBatch.of(batch, true, DataType.FLOAT);
    NetworkBatch floatPerToken = NetworkBatch.perPosition(batch, DataType.FLOAT);
    assertClose(floats.tagScores(floatPerToken), floats.tagScores(floatDistinct), FLOAT_TOLERANCE, "float scores");
  }

  private static double trainStep(TaggerNetwork network, NetworkBatch batch, Map<String, INDArray> gradients) {
    network.trainableParameters().zeroGradients();
    double loss = network.trainStep(batch, Nd4j.getRandomFactory().getNewRandomInstance(1L)).perToken();
    for (Parameter p : network.trainableParameters().list()) {
      gradients.put(p.name(), p.gradient().dup());
    }
    return loss;
  }

  private static void assertClose(INDArray expected, INDArray actual, double tolerance, String what) {
    assertArrayEquals(expected.shape(), actual.shape(), what);
    double scale = Math.max(1e-3, expected.amaxNumber().doubleValue());
    double difference = expected.castTo(DataType.DOUBLE).sub(actual.castTo(DataType.DOUBLE)).amaxNumber().doubleValue();
    assertTrue(difference <= tolerance * scale, what + ": largest difference " + difference + " at scale " + scale);
  }

  /**
   * Sentences of many short words (three letters) and a few long ones (12 to 19): one length group
   * would pad every short word to the longest.
   */
  private static List<TaggedSentence> sentences() {
    SplittableRandom random = new SplittableRandom(7L);
    List<String> words = new ArrayList<>();
    for (int i = 0; i < SHORT_WORDS; i++) {
      words.add(word(random, 3));
    }
    for (int i = 0; i < LONG_WORDS; i++) {
      words.add(word(random, 12 + i));
    }
    List<TaggedSentence> sentences = new ArrayList<>();
    for (int s = 0; s < SENTENCES; s++) {
      int length = random.nextInt(1, MAX_SENTENCE + 1);
      List<String> sentence = new ArrayList<>();
      List<String> tags = new ArrayList<>();
      for (int i = 0; i < length; i++) {
        // Mostly the first 60 words, so that words repeat within the batch.
        sentence.add(words.get(random.nextInt(random.nextInt(5) == 0 ? words.size() : 60)));
        tags.add(TAGS.get(random.nextInt(TAGS.size())));
      }
      sentences.add(new TaggedSentence(sentence, tags));
    }
    sentences.add(new TaggedSentence(words.subList(SHORT_WORDS, words.size()),
        IntStream.range(0, LONG_WORDS).mapToObj(i -> TAGS.get(0)).toList()));
    return sentences;
  }

  private static String word(SplittableRandom random, int length) {
    StringBuilder word = new StringBuilder();
    for (int i = 0; i < length; i++) {
      word.append(LETTERS.charAt(random.nextInt(LETTERS.length())));
    }
    return word.toString();
  }

  private static TaggingBatch batch(List<TaggedSentence> sentences, TaggerVocabularies vocabularies) {
    List<TaggingExample> examples = new ArrayList<>();
    for (TaggedSentence s : sentences) {
      examples.add(vocabularies.encodeTagged(s, true));
    }
    return new TaggingBatcher(examples).batch(IntStream.range(0, examples.size()).toArray());
  }
}

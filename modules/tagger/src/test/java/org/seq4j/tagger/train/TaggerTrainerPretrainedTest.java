package org.seq4j.tagger.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.seq4j.corpus.TaggedSentence;
import org.seq4j.corpus.vocab.Vocabulary;
import org.seq4j.embeddings.WordVectors;
import org.seq4j.nn.backend.NativeBackend;
import org.seq4j.nn.param.Parameter;
import org.seq4j.nn.train.MetricsLog;
import org.seq4j.tagger.NeuralTagger;
import org.seq4j.tagger.model.TaggerConfig;

/**
 * Pretrained vectors with {@code pretrained_words}: a word that only the vectors know gets a row
 * holding its vector, which training never changes (it never occurs, so its gradient is zero and
 * Adam leaves it alone), so at test time it is tagged from its pretrained vector instead of
 * {@code <unk>}. One tiny epoch, milliseconds of training.
 */
class TaggerTrainerPretrainedTest {

  private static final int DIM = 3;
  private static final float[] ZEBRA = {0.5f, -0.25f, 0.125f};
  private static final List<TaggedSentence> TRAIN = List.of(
      new TaggedSentence(List.of("The", "cat", "sat"), List.of("DET", "NOUN", "VERB")),
      new TaggedSentence(List.of("A", "dog", "ran"), List.of("DET", "NOUN", "VERB")));
  private static final Map<String, Object> TINY = Map.of("embedding_dim", DIM, "char_features", "none",
      "hidden", 4, "lowercase_words", true);

  @BeforeAll
  static void backend() {
    NativeBackend.configureFromEnvironment();
  }

  @Test
  void wordsOnlyTheVectorsKnowKeepTheirVectorAndDropoutLeavesThemAlone() {
    WordVectors vectors = new WordVectors(List.of("cat", "zebra"), new float[] {1, 1, 1, ZEBRA[0], ZEBRA[1], ZEBRA[2]},
        DIM);
    TaggerTrainingOptions options = TaggerTrainingOptions.defaults().with(Map.of("epochs", 1, "word_dropout", 0.25));
    TaggerTrainer trainer = new TaggerTrainer(TaggerConfig.defaults().with(TINY), options).withPretrainedVectors(vectors);
    NeuralTagger tagger = trainer.train(TRAIN, List.of(), MetricsLog.discard()).tagger();

    int zebra = tagger.vocabularies().wordId("Zebra");
    assertNotEquals(Vocabulary.UNK_ID, zebra);
    Parameter words = tagger.network().parameters().list().stream().filter(p -> p.name().equals("words"))
        .findFirst().orElseThrow();
    assertArrayEquals(ZEBRA, words.value().getRow(zebra).toFloatVector(), 0f);
    assertEquals(3, tagger.tag(List.of("A", "zebra", "sat")).size());

    TaggerTrainingOptions without = options.with(Map.of("pretrained_words", false));
    NeuralTagger trainOnly = new TaggerTrainer(TaggerConfig.defaults().with(TINY), without)
        .withPretrainedVectors(vectors).train(TRAIN, List.of(), MetricsLog.discard()).tagger();
    assertEquals(Vocabulary.UNK_ID, trainOnly.vocabularies().wordId("zebra"));
  }
}

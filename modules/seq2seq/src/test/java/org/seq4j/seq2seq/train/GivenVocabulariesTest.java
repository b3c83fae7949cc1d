package org.seq4j.seq2seq.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.seq4j.corpus.SentencePair;
import org.seq4j.corpus.toy.ToyTask;
import org.seq4j.corpus.toy.ToyTaskGenerator;
import org.seq4j.corpus.vocab.Vocabulary;
import org.seq4j.corpus.vocab.VocabularyBuilder;
import org.seq4j.nn.rnn.CellType;
import org.seq4j.seq2seq.model.AttentionType;
import org.seq4j.seq2seq.model.Seq2SeqConfig;

/** Training with the caller's vocabularies (a recipe's prepared ones) instead of counting the pairs again. */
class GivenVocabulariesTest {
  private static final List<SentencePair> TRAIN = new ToyTaskGenerator(ToyTask.REVERSE, 8, 1, 5).generate(40, 1);
  private static final int CAP = 5;

  private static Seq2SeqTrainer trainer() {
    Seq2SeqConfig architecture = new Seq2SeqConfig(1, 1, CellType.GRU, 8, 8, 1, 1, 0.0, AttentionType.DOT, false,
        false, 20, 3L);
    Seq2SeqTrainingOptions options = new Seq2SeqTrainingOptions(1, 0.01, 1.0, 60, 0.0,
        Seq2SeqTrainingOptions.EXACT_MATCH, 1, 0.5, 1, 1, 5, 7L);
    return new Seq2SeqTrainer(architecture, options, DecodingOptions.GREEDY);
  }

  private static Vocabulary shared(int cap) {
    VocabularyBuilder b = new VocabularyBuilder();
    TRAIN.forEach(p -> b.addAll(SourceEncoder.tokens(p.source())).addAll(SourceEncoder.tokens(p.target())));
    return b.build(1, cap, VocabularyBuilder.ALL_SPECIALS);
  }

  @Test
  void theNetworkAndTheModelUseTheGivenVocabularies() {
    Vocabulary vocabulary = shared(CAP);
    NeuralTranslator translator = trainer().train(TRAIN, TRAIN.subList(0, 5), vocabulary, vocabulary,
        new StringWriter()).translator();
    assertEquals(VocabularyBuilder.ALL_SPECIALS.size() + CAP, translator.network().config().sourceVocabularySize());
    assertEquals(VocabularyBuilder.ALL_SPECIALS.size() + CAP, translator.network().config().targetVocabularySize());
    assertSame(vocabulary, translator.sourceVocabulary());
    assertSame(vocabulary, translator.targetVocabulary());
  }

  @Test
  void vocabulariesNeedTheSpecialTokens() {
    VocabularyBuilder b = new VocabularyBuilder().addAll(List.of("1", "2"));
    Vocabulary noBos = b.build(1, VocabularyBuilder.UNLIMITED, VocabularyBuilder.PAD_AND_UNK);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> trainer().train(TRAIN, TRAIN, shared(CAP), noBos, new StringWriter()));
    assertTrue(e.getMessage().contains("target vocabulary needs all of"), e.getMessage());
  }
}

package org.seq4j.tagger.opennlp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Collectors;
import opennlp.tools.sentdetect.SentenceDetector;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.util.Span;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.seq4j.corpus.TaggedSentence;
import org.seq4j.corpus.tags.TagScheme;
import org.seq4j.corpus.tokenize.Tokenizer;
import org.seq4j.corpus.tokenize.Tokenizers;
import org.seq4j.nn.backend.NativeBackend;
import org.seq4j.nn.train.MetricsLog;
import org.seq4j.tagger.SyntheticTaggingTasks;
import org.seq4j.tagger.Tagger;
import org.seq4j.tagger.model.TaggerConfig;
import org.seq4j.tagger.train.TaggerTrainer;
import org.seq4j.tagger.train.TaggerTrainingOptions;

/**
 * Raw text through an OpenNLP pipeline whose tagging steps are seq4j models: {@code
 * SentenceDetectorME} with OpenNLP's English UD-EWT sentence model (Maven artifact {@code
 * opennlp-models-sentdetect-en}) → {@code TokenizerME} with the UD-EWT tokens model (via {@code
 * Tokenizers.byName("opennlp")}) → {@link OpenNlpPosTagger} and {@link OpenNlpNameFinder} backed by
 * real {@code NeuralTagger}s trained here on tiny synthetic tasks ({@link SyntheticTaggingTasks}).
 *
 * <p>The models are deliberately tiny and briefly trained: this tests the wiring (one tag per token,
 * tags from the model's tag set, spans matching the tags), not accuracy, which {@code
 * TaggerTrainerIT} covers. Training is seeded and deterministic, and takes a few seconds; the NER
 * model is trained long enough to predict entities, so the span check is not vacuous. The raw text
 * is one paragraph (sentences capitalised and ended by full stops, no line breaks), so the sentence
 * detector has to find the boundaries, and each detected sentence must be exactly one of the
 * generated ones.
 */
class OpenNlpPipelineIT {

  private static final Map<String, Object> TINY_MODEL = Map.of(
      "embedding_dim", 16, "char_features", "cnn", "char_dim", 8, "char_filters", 16,
      "hidden", 16, "dropout", 0.0);
  private static final Map<String, Object> SHORT_TRAINING = Map.of(
      "lr", 0.02, "epochs", 12, "batch", 16, "seed", 7);
  private static final int TRAIN_SENTENCES = 200;
  private static final int DEV_SENTENCES = 20;
  private static final int TEXT_SENTENCES = 5;
  /** Model file names in the sentence-detector jar look like {@code opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin}. */
  private static final String SENTENCE_MODEL_PREFIX = "opennlp-en-ud-ewt-sentence";

  private static Tagger posModel;
  private static Tagger nerModel;

  @BeforeAll
  static void trainTinyModels() {
    NativeBackend.configureFromEnvironment();
    posModel = train(SyntheticTaggingTasks.repeats(TRAIN_SENTENCES, 1L), SyntheticTaggingTasks.repeats(DEV_SENTENCES, 2L));
    nerModel = train(SyntheticTaggingTasks.entities(TRAIN_SENTENCES, 1L), SyntheticTaggingTasks.entities(DEV_SENTENCES, 2L));
  }

  @Test
  void posTaggerTagsEveryTokenOfRawText() {
    OpenNlpPosTagger posTagger = new OpenNlpPosTagger(posModel);
    List<TaggedSentence> generated = SyntheticTaggingTasks.repeats(TEXT_SENTENCES, 3L);
    List<String[]> sentences = tokenizedSentences(rawText(generated));
    assertEquals(TEXT_SENTENCES, sentences.size());
    for (int s = 0; s < TEXT_SENTENCES; s++) {
      List<String> expected = new ArrayList<>(generated.get(s).words());
      expected.set(0, capitalised(expected.get(0)));
      expected.add(".");
      assertEquals(expected, List.of(sentences.get(s)), "detected sentence " + s);
    }
    for (String[] tokens : sentences) {
      String[] copy = tokens.clone();
      String[] tags = posTagger.tag(tokens);
      assertEquals(tokens.length, tags.length, Arrays.toString(tokens));
      assertTrue(posModel.tags().containsAll(List.of(tags)), Arrays.toString(tags));
      assertEquals(List.of(tags), posTagger.topKSequences(tokens)[0].getOutcomes());
      assertArrayEquals(copy, tokens);
    }
  }

  @Test
  void nameFinderSpansMatchTheModelsTags() {
    OpenNlpNameFinder finder = OpenNlpNameFinder.of(nerModel);
    assertEquals(TagScheme.IOB2, finder.scheme());
    OpenNlpPosTagger tagView = new OpenNlpPosTagger(nerModel);
    List<String[]> sentences = tokenizedSentences(rawText(SyntheticTaggingTasks.entities(TEXT_SENTENCES, 3L)));
    assertEquals(TEXT_SENTENCES, sentences.size());
    int spans = 0;
    for (String[] tokens : sentences) {
      List<String> tags = List.of(tagView.tag(tokens));
      assertTrue(nerModel.tags().containsAll(tags), tags.toString());
      List<Span> expected = TagScheme.IOB2.spans(tags).stream()
          .map(s -> new Span(s.start(), s.end(), s.type())).toList();
      Span[] found = finder.find(tokens);
      assertEquals(expected, List.of(found), tags.toString());
      spans += found.length;
      for (Span span : found) {
        assertTrue(span.getEnd() <= tokens.length);
        assertFalse(span.getType().startsWith("B-") || span.getType().startsWith("I-"), span.toString());
      }
    }
    assertTrue(spans > 0, "the seeded model finds entities (dev F1 100 after a few epochs)");
  }

  private static Tagger train(List<TaggedSentence> train, List<TaggedSentence> dev) {
    TaggerConfig config = TaggerConfig.defaults().with(TINY_MODEL);
    TaggerTrainingOptions options = TaggerTrainingOptions.defaults().with(SHORT_TRAINING);
    return new TaggerTrainer(config, options).train(train, dev, MetricsLog.discard()).tagger();
  }

  /**
   * One paragraph: each sentence capitalised and ending in a full stop that the sentence detector
   * must recognise as a boundary and the tokenizer must split off.
   */
  private static String rawText(List<TaggedSentence> sentences) {
    return sentences.stream()
        .map(s -> capitalised(String.join(" ", s.words())) + ".")
        .collect(Collectors.joining(" "));
  }

  private static String capitalised(String text) {
    return text.substring(0, 1).toUpperCase(Locale.ROOT) + text.substring(1);
  }

  /**
   * The English sentence model from its Maven jar: OpenNLP model jars each carry a {@code
   * model.properties} at their root naming the model file next to it, and the tokenizer jar is on
   * the classpath too, so the one naming a sentence model is picked.
   */
  private static SentenceModel englishSentenceModel() {
    try {
      Enumeration<URL> candidates = OpenNlpPipelineIT.class.getClassLoader().getResources("model.properties");
      while (candidates.hasMoreElements()) {
        URL properties = candidates.nextElement();
        Properties p = new Properties();
        try (InputStream in = properties.openStream()) {
          p.load(in);
        }
        String name = p.getProperty("model.name", "");
        if (name.startsWith(SENTENCE_MODEL_PREFIX)) {
          try (InputStream in = new URL(properties, name).openStream()) {
            return new SentenceModel(in);
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    throw new IllegalStateException("no " + SENTENCE_MODEL_PREFIX + " model on the test classpath"
        + " (org.apache.opennlp:opennlp-models-sentdetect-en)");
  }

  private static List<String[]> tokenizedSentences(String text) {
    SentenceDetector sentenceDetector = new SentenceDetectorME(englishSentenceModel());
    Tokenizer tokenizer = Tokenizers.byName("opennlp");
    return Arrays.stream(sentenceDetector.sentDetect(text))
        .map(sentence -> tokenizer.tokenize(sentence).toArray(String[]::new))
        .peek(tokens -> assertEquals(".", tokens[tokens.length - 1], Arrays.toString(tokens)))
        .toList();
  }
}

package org.seq4j.corenlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.SplittableRandom;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.seq4j.corpus.TaggedSentence;
import org.seq4j.corpus.io.conllu.ConllUReader;
import org.seq4j.corpus.io.conllu.ConllUSentence;
import org.seq4j.corpus.io.conllu.ConllUTagColumn;
import org.seq4j.nn.backend.NativeBackend;
import org.seq4j.nn.train.MetricsLog;
import org.seq4j.tagger.NeuralTagger;
import org.seq4j.tagger.model.TaggerConfig;
import org.seq4j.tagger.train.TaggerTrainer;
import org.seq4j.tagger.train.TaggerTrainingOptions;

/**
 * Real StanfordCoreNLP pipelines ({@code tokenize,ssplit,seq4jpos} and {@code tokenize,ssplit,
 * seq4jner}) loading seq4j annotators by {@code customAnnotatorClass}, with small models trained
 * here: a UPOS tagger on the project's POS sample, and an IOB2 NER tagger on generated sentences.
 * Raw text goes in; every token must come out tagged, and the tags must be the learned ones.
 */
class Seq4jAnnotatorsIT {

  private static final Path POS_SAMPLE = Path.of(System.getProperty("seq4j.corpora", "../../corpora"), "samples",
      "pos-sample", "train.conllu");
  private static final Map<String, Object> TINY_MODEL = Map.of(
      "embedding_dim", 16, "char_features", "cnn", "char_dim", 8, "char_filters", 16, "hidden", 32, "dropout", 0.0);
  private static final Map<String, Object> SHORT_TRAINING = Map.of("lr", 0.02, "epochs", 25, "batch", 8, "seed", 7);
  /** The tiny model fits its training sentences; most tokens must get the gold tag back. */
  private static final double REQUIRED_ACCURACY = 90.0;
  private static final String[] PERSONS = {"John", "Mary", "Peter", "Anna", "Tom", "Lisa"};
  private static final String[] CITIES = {"Paris", "Rome", "Berlin", "Madrid", "Vienna", "Oslo"};
  private static final String[] VERBS = {"visited", "likes", "left", "loves"};
  private static final int NER_SENTENCES = 300;

  @TempDir static Path dir;
  private static Path posModel;
  private static Path nerModel;
  private static List<ConllUSentence> posSentences;

  @BeforeAll
  static void trainModels() throws IOException {
    NativeBackend.configureFromEnvironment();
    posSentences = ConllUReader.readAll(POS_SAMPLE);
    posModel = dir.resolve("pos.zip");
    train(posSentences.stream().map(s -> s.tagged(ConllUTagColumn.UPOS)).toList()).save(posModel, Map.of());
    nerModel = dir.resolve("ner.zip");
    train(nerSentences(NER_SENTENCES, 1L)).save(nerModel, Map.of());
  }

  private static NeuralTagger train(List<TaggedSentence> sentences) {
    return new TaggerTrainer(TaggerConfig.defaults().with(TINY_MODEL),
        TaggerTrainingOptions.defaults().with(SHORT_TRAINING)).train(sentences, List.of(), MetricsLog.discard())
        .tagger();
  }

  /** "John visited Paris ." / "Mary and Peter left Rome ." with IOB2 PER and LOC tags. */
  private static List<TaggedSentence> nerSentences(int count, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    List<TaggedSentence> sentences = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      List<String> words = new ArrayList<>();
      List<String> tags = new ArrayList<>();
      words.add(PERSONS[random.nextInt(PERSONS.length)]);
      tags.add("B-PER");
      if (random.nextBoolean()) {
        words.addAll(List.of("and", PERSONS[random.nextInt(PERSONS.length)]));
        tags.addAll(List.of("O", "B-PER"));
      }
      words.addAll(List.of(VERBS[random.nextInt(VERBS.length)], CITIES[random.nextInt(CITIES.length)], "."));
      tags.addAll(List.of("O", "B-LOC", "O"));
      sentences.add(new TaggedSentence(words, tags));
    }
    return sentences;
  }

  private static StanfordCoreNLP pipeline(String name, Class<?> annotator, Path model) {
    Properties props = new Properties();
    props.setProperty("annotators", "tokenize,ssplit," + name);
    props.setProperty("customAnnotatorClass." + name, annotator.getName());
    props.setProperty(name + ".model", model.toString());
    props.setProperty("tokenize.language", "en");
    return new StanfordCoreNLP(props);
  }

  @Test
  void posPipelineTagsEveryTokenOfRawTextWithTheLearnedTags() {
    StanfordCoreNLP pipeline = pipeline("seq4jpos", Seq4jPosAnnotator.class, posModel);
    String text = posSentences.stream().map(s -> s.text().orElseThrow()).collect(Collectors.joining(" "));
    Annotation document = new Annotation(text);
    pipeline.annotate(document);

    List<CoreLabel> tokens = document.get(CoreAnnotations.TokensAnnotation.class);
    List<String> gold = posSentences.stream().flatMap(s -> s.tagged(ConllUTagColumn.UPOS).tags().stream()).toList();
    List<String> words = posSentences.stream().flatMap(s -> s.forms().stream()).toList();
    assertEquals(words, tokens.stream().map(CoreLabel::word).toList(), "CoreNLP tokenizes the sample like UD");
    assertEquals(posSentences.size(), document.get(CoreAnnotations.SentencesAnnotation.class).size());
    long correct = 0;
    for (int i = 0; i < tokens.size(); i++) {
      assertNotNull(tokens.get(i).tag(), "token " + i + " has a tag");
      correct += tokens.get(i).tag().equals(gold.get(i)) ? 1 : 0;
    }
    double accuracy = 100.0 * correct / tokens.size();
    assertTrue(accuracy >= REQUIRED_ACCURACY, "accuracy " + accuracy);
  }

  @Test
  void nerPipelineMarksPersonsAndPlaces() {
    StanfordCoreNLP pipeline = pipeline("seq4jner", Seq4jNerAnnotator.class, nerModel);
    Annotation document = new Annotation("Anna visited Berlin. Tom and Lisa left Oslo.");
    pipeline.annotate(document);
    List<CoreMap> sentences = document.get(CoreAnnotations.SentencesAnnotation.class);
    assertEquals(2, sentences.size());
    List<String> types = document.get(CoreAnnotations.TokensAnnotation.class).stream().map(CoreLabel::ner).toList();
    assertEquals(List.of("PER", "O", "LOC", "O", "PER", "O", "PER", "O", "LOC", "O"), types);
  }

  @Test
  void missingModelPropertyIsAClearError() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> new Seq4jPosAnnotator("mypos", new Properties()));
    assertEquals("property mypos.model is not set: expected the path of a seq4j tagger model file (model.zip)",
        e.getMessage());
  }
}

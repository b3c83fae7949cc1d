package org.seq4j.corenlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.util.ArrayCoreMap;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.seq4j.corpus.tags.TagScheme;
import org.seq4j.tagger.Tagger;

/** The annotators' token bookkeeping, with a lookup tagger standing in for a trained model. */
class Seq4jAnnotatorsTest {

  /** Tags each word by a fixed table ({@code O} otherwise); counts tagAll calls. */
  private static final class TableTagger implements Tagger {
    private final Map<String, String> table;
    int calls;

    TableTagger(Map<String, String> table) {
      this.table = table;
    }

    @Override
    public List<String> tag(List<String> tokens) {
      return tokens.stream().map(t -> table.getOrDefault(t, "O")).toList();
    }

    @Override
    public List<List<String>> tagAll(List<List<String>> sentences) {
      calls++;
      return sentences.stream().map(this::tag).toList();
    }

    @Override
    public List<String> tags() {
      return List.copyOf(new java.util.TreeSet<>(table.values()));
    }
  }

  private static Annotation document(List<List<String>> sentences) {
    List<CoreLabel> all = new ArrayList<>();
    List<CoreMap> maps = new ArrayList<>();
    for (List<String> words : sentences) {
      List<CoreLabel> tokens = new ArrayList<>();
      for (String w : words) {
        CoreLabel token = new CoreLabel();
        token.setWord(w);
        tokens.add(token);
      }
      all.addAll(tokens);
      CoreMap sentence = new ArrayCoreMap();
      sentence.set(CoreAnnotations.TokensAnnotation.class, tokens);
      maps.add(sentence);
    }
    Annotation document = new Annotation(String.join(" ", sentences.stream().flatMap(List::stream).toList()));
    document.set(CoreAnnotations.TokensAnnotation.class, all);
    document.set(CoreAnnotations.SentencesAnnotation.class, maps);
    return document;
  }

  @Test
  void posTagsEveryTokenOfEverySentenceInOneBatch() {
    TableTagger tagger = new TableTagger(Map.of("The", "DET", "dog", "NOUN", "runs", "VERB"));
    Annotation document = document(List.of(List.of("The", "dog", "runs"), List.of(), List.of("dog")));
    new Seq4jPosAnnotator(tagger).annotate(document);
    List<String> tags = document.get(CoreAnnotations.TokensAnnotation.class).stream().map(CoreLabel::tag).toList();
    assertEquals(List.of("DET", "NOUN", "VERB", "NOUN"), tags);
    assertEquals(1, tagger.calls, "one tagAll call per document");
  }

  @Test
  void tokensWithoutSentencesAreOneSentence() {
    TableTagger tagger = new TableTagger(Map.of("dog", "NOUN"));
    Annotation document = document(List.of(List.of("a", "dog")));
    document.remove(CoreAnnotations.SentencesAnnotation.class);
    new Seq4jPosAnnotator(tagger).annotate(document);
    assertEquals("NOUN", document.get(CoreAnnotations.TokensAnnotation.class).get(1).tag());
  }

  @Test
  void nerTagsAreEntityTypesFromIob2Spans() {
    TableTagger tagger = new TableTagger(Map.of("New", "B-LOC", "York", "I-LOC", "Ann", "B-PER", "Lee", "I-PER",
        "stray", "I-ORG"));
    Seq4jNerAnnotator annotator = new Seq4jNerAnnotator(tagger);
    assertEquals(TagScheme.IOB2, annotator.scheme());
    Annotation document = document(List.of(List.of("Ann", "Lee", "left", "New", "York", "stray")));
    annotator.annotate(document);
    List<String> ner = document.get(CoreAnnotations.TokensAnnotation.class).stream().map(CoreLabel::ner).toList();
    assertEquals(List.of("PER", "PER", "O", "LOC", "LOC", "ORG"), ner, "a stray I- still starts an entity");
  }

  @Test
  void bioesIsDetectedFromTheTagSet() {
    TableTagger tagger = new TableTagger(Map.of("Paris", "S-LOC", "Ann", "B-PER", "Lee", "E-PER"));
    Seq4jNerAnnotator annotator = new Seq4jNerAnnotator(tagger);
    assertEquals(TagScheme.BIOES, annotator.scheme());
    Annotation document = document(List.of(List.of("Ann", "Lee", "in", "Paris")));
    annotator.annotate(document);
    assertEquals(List.of("PER", "PER", "O", "LOC"),
        document.get(CoreAnnotations.TokensAnnotation.class).stream().map(CoreLabel::ner).toList());
  }

  @Test
  void declaresWhatItNeedsAndProvides() {
    TableTagger tagger = new TableTagger(Map.of("x", "X"));
    assertTrue(new Seq4jPosAnnotator(tagger).requires().contains(CoreAnnotations.SentencesAnnotation.class));
    assertEquals(java.util.Set.of(CoreAnnotations.PartOfSpeechAnnotation.class),
        new Seq4jPosAnnotator(tagger).requirementsSatisfied());
    assertEquals(java.util.Set.of(CoreAnnotations.NamedEntityTagAnnotation.class),
        new Seq4jNerAnnotator(tagger).requirementsSatisfied());
  }
}

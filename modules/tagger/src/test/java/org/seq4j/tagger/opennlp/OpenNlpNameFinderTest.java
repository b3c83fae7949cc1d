package org.seq4j.tagger.opennlp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;
import opennlp.tools.util.Span;
import org.junit.jupiter.api.Test;
import org.seq4j.corpus.tags.TagScheme;

class OpenNlpNameFinderTest {

  @Test
  void iob2TagsBecomeTypedSpansWithExclusiveEnds() {
    OpenNlpNameFinder finder = OpenNlpNameFinder.of(new LookupTagger(
        Map.of("John", "B-PER", "Smith", "I-PER", "Paris", "B-LOC", "Acme", "B-ORG"), "O"));
    assertEquals(TagScheme.IOB2, finder.scheme());
    String[] tokens = {"John", "Smith", "met", "Acme", "in", "Paris", "."};
    Span[] spans = finder.find(tokens);
    assertArrayEquals(new Span[] {new Span(0, 2, "PER"), new Span(3, 4, "ORG"), new Span(5, 6, "LOC")}, spans);
    assertEquals("John Smith", String.join(" ", Span.spansToStrings(spans, tokens)[0]));
    assertArrayEquals(new String[] {"John", "Smith", "met", "Acme", "in", "Paris", "."}, tokens);
  }

  @Test
  void adjacentIob2ChunksOfTheSameTypeStaySeparate() {
    OpenNlpNameFinder finder = OpenNlpNameFinder.of(new LookupTagger(Map.of("Ann", "B-PER", "Bob", "B-PER"), "O"));
    assertArrayEquals(new Span[] {new Span(0, 1, "PER"), new Span(1, 2, "PER")},
        finder.find(new String[] {"Ann", "Bob"}));
  }

  @Test
  void bioesIsDetectedAndDecoded() {
    OpenNlpNameFinder finder = OpenNlpNameFinder.of(new LookupTagger(
        Map.of("New", "B-LOC", "York", "I-LOC", "City", "E-LOC", "Bob", "S-PER"), "O"));
    assertEquals(TagScheme.BIOES, finder.scheme());
    assertArrayEquals(new Span[] {new Span(0, 1, "PER"), new Span(3, 6, "LOC")},
        finder.find(new String[] {"Bob", "visits", "the", "New", "York", "City"}));
  }

  @Test
  void invalidSequencesAreReadLeniently() {
    OpenNlpNameFinder finder = OpenNlpNameFinder.of(new LookupTagger(Map.of("x", "I-PER"), "O"));
    assertArrayEquals(new Span[] {new Span(1, 3, "PER")}, finder.find(new String[] {"a", "x", "x", "b"}));
  }

  @Test
  void emptyAndEntityFreeSentencesGiveNoSpans() {
    OpenNlpNameFinder finder = OpenNlpNameFinder.of(new LookupTagger(Map.of("John", "B-PER"), "O"));
    assertEquals(0, finder.find(new String[0]).length);
    assertEquals(0, finder.find(new String[] {"nobody", "here"}).length);
    finder.clearAdaptiveData();
    assertEquals(1, finder.find(new String[] {"John"}).length);
  }

  @Test
  void rejectsIob1() {
    assertThrows(IllegalArgumentException.class,
        () -> new OpenNlpNameFinder(new LookupTagger(Map.of(), "O"), TagScheme.IOB1));
  }
}

package org.seq4j.corpus.tags;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class TagSchemeTest {

  /** One chunking of 12 tokens, written in each scheme (adjacent same-type chunks at 1-2/3). */
  private static final List<Span> SPANS = List.of(
      new Span("PER", 1, 3), new Span("PER", 3, 4), new Span("LOC", 4, 5), new Span("ORG", 6, 9),
      new Span("creative-work", 10, 12));

  private static final List<String> IOB1 = tags("O I-PER I-PER B-PER I-LOC O I-ORG I-ORG I-ORG O I-creative-work I-creative-work");
  private static final List<String> IOB2 = tags("O B-PER I-PER B-PER B-LOC O B-ORG I-ORG I-ORG O B-creative-work I-creative-work");
  private static final List<String> BIOES = tags("O B-PER E-PER S-PER S-LOC O B-ORG I-ORG E-ORG O B-creative-work E-creative-work");

  private static List<String> tags(String spaceSeparated) {
    return List.of(spaceSeparated.split(" "));
  }

  private static List<String> inScheme(TagScheme scheme) {
    return switch (scheme) {
      case IOB1 -> IOB1;
      case IOB2 -> IOB2;
      case BIOES -> BIOES;
    };
  }

  static Stream<Arguments> schemePairs() {
    List<Arguments> pairs = new ArrayList<>();
    for (TagScheme from : TagScheme.values()) {
      for (TagScheme to : TagScheme.values()) {
        pairs.add(Arguments.of(from, to));
      }
    }
    return pairs.stream();
  }

  @Test
  void parsesShortNames() {
    assertEquals(TagScheme.IOB1, TagScheme.parse("iob1"));
    assertEquals(TagScheme.IOB2, TagScheme.parse("IOB2"));
    assertEquals(TagScheme.BIOES, TagScheme.parse(" bioes "));
    assertEquals("bioes", TagScheme.BIOES.shortName());
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> TagScheme.parse("bio"));
    assertEquals("Invalid value 'bio' for tag scheme: expected iob1|iob2|bioes", e.getMessage());
  }

  @ParameterizedTest
  @ValueSource(strings = {"IOB1", "IOB2", "BIOES"})
  void extractsTheSameSpansFromEachEncoding(TagScheme scheme) {
    assertEquals(SPANS, scheme.spans(inScheme(scheme)));
  }

  @ParameterizedTest
  @ValueSource(strings = {"IOB1", "IOB2", "BIOES"})
  void encodesSpans(TagScheme scheme) {
    assertEquals(inScheme(scheme), scheme.encode(SPANS, IOB1.size()));
  }

  @ParameterizedTest
  @MethodSource("schemePairs")
  void convertsBetweenEverySchemePair(TagScheme from, TagScheme to) {
    List<String> input = inScheme(from);
    List<String> before = List.copyOf(input);
    assertEquals(inScheme(to), from.convert(input, to));
    assertEquals(before, input, "input unchanged");
  }

  @ParameterizedTest
  @ValueSource(strings = {"IOB1", "IOB2", "BIOES"})
  void validEncodingsPassTheCheck(TagScheme scheme) {
    assertTrue(scheme.isValid(inScheme(scheme)));
    assertTrue(scheme.isValid(List.of()));
    assertTrue(scheme.isValid(List.of("O", "O")));
  }

  @Test
  void iob1Rules() {
    assertTrue(TagScheme.IOB1.isValid(tags("I-PER B-PER I-PER")));
    assertTrue(TagScheme.IOB1.isValid(tags("I-PER I-LOC")));
    assertEquals(Optional.of("position 0: B-PER cannot follow the sentence start in iob1 (B- only separates adjacent chunks of the same type)"),
        TagScheme.IOB1.findViolation(tags("B-PER I-PER")));
    assertFalse(TagScheme.IOB1.isValid(tags("O B-PER")));
    assertFalse(TagScheme.IOB1.isValid(tags("I-LOC B-PER")));
    assertFalse(TagScheme.IOB1.isValid(tags("S-PER")));
    assertFalse(TagScheme.IOB2.isValid(tags("I-PER")), "valid IOB1 is not valid IOB2");
  }

  @Test
  void iob2Rules() {
    assertTrue(TagScheme.IOB2.isValid(tags("B-PER B-PER I-PER O B-LOC")));
    assertEquals(Optional.of("position 1: I-PER cannot follow O in iob2 (I- must continue a chunk of the same type)"),
        TagScheme.IOB2.findViolation(tags("O I-PER")));
    assertFalse(TagScheme.IOB2.isValid(tags("B-LOC I-PER")));
    assertFalse(TagScheme.IOB2.isValid(tags("B-PER E-PER")));
  }

  @Test
  void bioesRules() {
    assertTrue(TagScheme.BIOES.isValid(tags("S-PER B-PER I-PER E-PER S-PER O")));
    assertFalse(TagScheme.BIOES.isValid(tags("B-PER O")));
    assertFalse(TagScheme.BIOES.isValid(tags("B-PER S-PER")));
    assertFalse(TagScheme.BIOES.isValid(tags("O I-PER E-PER")));
    assertFalse(TagScheme.BIOES.isValid(tags("E-PER")));
    assertFalse(TagScheme.BIOES.isValid(tags("B-PER E-LOC")));
    assertEquals(Optional.of("position 1: the sequence ends inside a chunk; expected E- or S-"),
        TagScheme.BIOES.findViolation(tags("O B-PER")));
  }

  @Test
  void malformedTagsAreReportedNotGuessed() {
    assertEquals(Optional.of("tag 'PER' at position 1: expected O or B-/I-/E-/S-TYPE"),
        TagScheme.IOB2.findViolation(tags("O PER")));
    assertFalse(TagScheme.IOB2.isValid(tags("B-")));
    assertFalse(TagScheme.IOB2.isValid(tags("X-PER")));
    assertFalse(TagScheme.IOB2.isValid(tags("o")));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> TagScheme.IOB2.spans(tags("O B-PER b-LOC")));
    assertEquals("tag 'b-LOC' at position 2: expected O or B-/I-/E-/S-TYPE", e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> TagScheme.IOB2.spans(tags("S-PER")));
    assertThrows(IllegalArgumentException.class, () -> TagScheme.IOB1.convert(tags("E-PER"), TagScheme.BIOES));
  }

  @Test
  void invalidSequencesAreReadAsConllevalReadsThem() {
    // IOB2 with a stray I- (a common tagger error): the I- opens a chunk
    assertEquals(List.of(new Span("PER", 1, 3)), TagScheme.IOB2.spans(tags("O I-PER I-PER")));
    assertEquals(List.of(new Span("LOC", 0, 1), new Span("PER", 1, 2)), TagScheme.IOB2.spans(tags("B-LOC I-PER")));
    // BIOES with a dangling B-: the chunk ends where the type changes or O begins
    assertEquals(List.of(new Span("PER", 0, 2)), TagScheme.BIOES.spans(tags("B-PER I-PER O")));
    assertEquals(List.of(new Span("PER", 0, 1), new Span("PER", 1, 2)), TagScheme.BIOES.spans(tags("E-PER E-PER")));
    // conversion repairs: the output is valid in the target scheme
    List<String> repaired = TagScheme.IOB2.convert(tags("O I-PER I-PER B-LOC I-ORG"), TagScheme.IOB2);
    assertEquals(tags("O B-PER I-PER B-LOC B-ORG"), repaired);
    assertTrue(TagScheme.BIOES.isValid(TagScheme.BIOES.convert(tags("B-PER I-PER O I-LOC"), TagScheme.BIOES)));
  }

  @Test
  void encodeRejectsOverlappingOrOutOfRangeSpans() {
    assertThrows(IllegalArgumentException.class,
        () -> TagScheme.IOB2.encode(List.of(new Span("A", 0, 2), new Span("B", 1, 3)), 4));
    assertThrows(IllegalArgumentException.class, () -> TagScheme.IOB2.encode(List.of(new Span("A", 2, 5)), 4));
    assertEquals(tags("B-A B-B O"), TagScheme.IOB2.encode(List.of(new Span("B", 1, 2), new Span("A", 0, 1)), 3));
  }

  @Test
  void spansValidateTheirBounds() {
    assertThrows(IllegalArgumentException.class, () -> new Span("A", 2, 2));
    assertThrows(IllegalArgumentException.class, () -> new Span("A", -1, 2));
    assertThrows(IllegalArgumentException.class, () -> new Span("", 0, 1));
    assertEquals(3, new Span("A", 1, 4).length());
  }

  @Test
  void resultsAreImmutable() {
    assertThrows(UnsupportedOperationException.class, () -> TagScheme.IOB2.convert(IOB1, TagScheme.IOB2).set(0, "O"));
    assertThrows(UnsupportedOperationException.class, () -> TagScheme.IOB2.spans(IOB2).clear());
    assertEquals(Arrays.asList(TagScheme.values()), List.of(TagScheme.IOB1, TagScheme.IOB2, TagScheme.BIOES));
  }
}

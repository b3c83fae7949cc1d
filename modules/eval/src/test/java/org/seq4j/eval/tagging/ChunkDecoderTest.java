package org.seq4j.eval.tagging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class ChunkDecoderTest {

  private static List<String> tags(String spaceSeparated) {
    return Arrays.asList(spaceSeparated.split(" "));
  }

  private static List<Chunk> decode(TagScheme scheme, boolean strict, String tags) {
    return ChunkDecoder.of(scheme, strict).decode(tags(tags));
  }

  @Test
  void lenientIobFollowsConllevalStartAndEndRules() {
    assertEquals(
        List.of(new Chunk("PER", 0, 2), new Chunk("PER", 3, 4), new Chunk("PER", 4, 5),
            new Chunk("LOC", 5, 6), new Chunk("LOC", 7, 9)),
        decode(TagScheme.IOB2, false, "B-PER I-PER O I-PER B-PER I-LOC O I-LOC I-LOC"));
  }

  @Test
  void iob1AndIob2ReadAlikeLeniently() {
    String iob1 = "I-PER I-PER B-PER O I-LOC";
    assertEquals(decode(TagScheme.IOB2, false, iob1), decode(TagScheme.IOB1, false, iob1));
    assertEquals(List.of(new Chunk("PER", 0, 2), new Chunk("PER", 2, 3), new Chunk("LOC", 4, 5)),
        decode(TagScheme.IOB1, false, iob1));
  }

  @Test
  void hyphenatedTypesSplitAtTheFirstDash() {
    assertEquals(List.of(new Chunk("GPE-LOC", 0, 2)), decode(TagScheme.IOB2, false, "B-GPE-LOC I-GPE-LOC"));
  }

  @Test
  void bioesReadsEndAndSingleProperly() {
    // The iobes_input_quirk sentence: conlleval misreads it; BIOES-aware reading below.
    assertEquals(List.of(new Chunk("PER", 0, 1), new Chunk("PER", 1, 2), new Chunk("LOC", 4, 6),
            new Chunk("LOC", 6, 8)),
        decode(TagScheme.BIOES, false, "S-PER S-PER O O B-LOC E-LOC B-LOC E-LOC"));
    assertEquals(List.of(new Chunk("LOC", 0, 2), new Chunk("LOC", 2, 3), new Chunk("LOC", 3, 4)),
        decode(TagScheme.BIOES, false, "B-LOC E-LOC S-LOC S-LOC"));
    // Lenient BIOES: an I after E starts a new chunk; an unterminated B..I still counts.
    assertEquals(List.of(new Chunk("X", 0, 2), new Chunk("X", 2, 4)),
        decode(TagScheme.BIOES, false, "B-X E-X I-X I-X"));
  }

  @Test
  void bioesQuirkSentenceScoresAsBioesDefinesIt() {
    TaggedSentence quirk = new TaggedSentence(
        tags("Ann Bob went to Le Havre Lyon Nord"),
        tags("S-PER S-PER O O B-LOC E-LOC B-LOC E-LOC"),
        tags("S-PER S-PER O O B-LOC E-LOC S-LOC S-LOC"));
    EntityCounts counts = new EntityScorer(ChunkDecoder.of(TagScheme.BIOES, false)).score(List.of(quirk));
    assertEquals(new MatchCounts(2, 2, 2), counts.perType().get("PER"));
    assertEquals(new MatchCounts(2, 3, 1), counts.perType().get("LOC"));
    assertEquals(new MatchCounts(4, 5, 3), counts.total());
  }

  @Test
  void strictIob2DropsChunksThatDoNotStartWithB() {
    assertEquals(List.of(new Chunk("PER", 2, 4), new Chunk("PER", 5, 6)),
        decode(TagScheme.IOB2, true, "I-PER I-PER B-PER I-PER I-LOC B-PER O I-LOC"));
  }

  @Test
  void strictIob1StartsWithIAndAllowsBOnlyAfterTheSameType() {
    assertEquals(List.of(new Chunk("PER", 0, 2), new Chunk("PER", 2, 3), new Chunk("LOC", 5, 6)),
        decode(TagScheme.IOB1, true, "I-PER I-PER B-PER O B-LOC I-LOC"));
  }

  @Test
  void strictBioesNeedsProperEnds() {
    assertEquals(List.of(new Chunk("X", 0, 3), new Chunk("Y", 7, 8)),
        decode(TagScheme.BIOES, true, "B-X I-X E-X B-X I-X O E-X S-Y B-X I-Y E-Y I-X B-X"));
  }

  @Test
  void strictModeDoesNotCountIllFormedChunksOnEitherSide() {
    TaggedSentence sentence = new TaggedSentence(
        tags("a b c d"), tags("B-PER I-PER O B-LOC"), tags("I-PER I-PER O B-LOC"));
    MatchCounts lenient = new EntityScorer(ChunkDecoder.of(TagScheme.IOB2, false)).sentenceCounts(sentence);
    MatchCounts strict = new EntityScorer(ChunkDecoder.of(TagScheme.IOB2, true)).sentenceCounts(sentence);
    assertEquals(new MatchCounts(2, 2, 2), lenient);
    assertEquals(new MatchCounts(2, 1, 1), strict);
  }

  @Test
  void decodersRejectTagsOutsideTheirScheme() {
    assertThrows(IllegalArgumentException.class, () -> decode(TagScheme.IOB2, false, "B-PER X-PER"));
    assertThrows(IllegalArgumentException.class, () -> decode(TagScheme.IOB2, true, "S-PER"));
    assertThrows(IllegalArgumentException.class, () -> decode(TagScheme.BIOES, false, "B-"));
  }

  @Test
  void decodingDoesNotModifyItsInput() {
    List<String> input = new ArrayList<>(tags("B-PER I-PER O"));
    List<String> copy = List.copyOf(input);
    ChunkDecoder.of(TagScheme.IOB2, false).decode(input);
    ChunkDecoder.of(TagScheme.IOB2, true).decode(input);
    assertEquals(copy, input);
  }

  /**
   * For valid IOB tags the span decoder must give exactly conlleval's counts, on random corpora
   * (including ill-formed I- after O, type changes and sentence boundaries).
   */
  @Test
  void lenientDecoderAgreesWithLiteralConllevalOnRandomIobCorpora() {
    String[] alphabet = {"O", "O", "B-X", "I-X", "B-Y", "I-Y", "B-X-Z", "I-X-Z"};
    SplittableRandom random = new SplittableRandom(20040126L);
    for (int corpus = 0; corpus < 2000; corpus++) {
      List<TaggedSentence> sentences = new ArrayList<>();
      int sentenceCount = 1 + random.nextInt(4);
      for (int s = 0; s < sentenceCount; s++) {
        int length = 1 + random.nextInt(8);
        List<String> tokens = new ArrayList<>();
        List<String> gold = new ArrayList<>();
        List<String> predicted = new ArrayList<>();
        for (int i = 0; i < length; i++) {
          tokens.add("w" + i);
          gold.add(alphabet[random.nextInt(alphabet.length)]);
          predicted.add(random.nextInt(3) == 0 ? alphabet[random.nextInt(alphabet.length)] : gold.get(i));
        }
        sentences.add(new TaggedSentence(tokens, gold, predicted));
      }
      ConllevalReport literal = ConllevalRawCounter.count(sentences);
      ConllevalReport spans = TagEvaluation.of(
          sentences, java.util.Optional.of(TagScheme.IOB2), false, false, java.util.Set.of())
          .conlleval().orElseThrow();
      assertEquals(literal, spans, "corpus " + corpus + ": " + sentences);
    }
  }
}

package org.seq4j.eval.tagging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.seq4j.eval.EvalInputException;

class TagEvaluationTest {

  @TempDir Path dir;

  private Path write(String name, String text) throws IOException {
    Path file = dir.resolve(name);
    Files.writeString(file, text, StandardCharsets.UTF_8);
    return file;
  }

  private static TagEvaluationOptions conll() {
    return TagEvaluationOptions.defaults(TagFileFormat.CONLL);
  }

  @Test
  void chunkTagsAreDetectedAndScoredAsEntities() throws IOException {
    Path gold = write("g", "John B-PER\nSmith I-PER\nran O\n\nParis B-LOC\n");
    Path pred = write("p", "John B-PER\nSmith I-PER\nran O\n\nParis O\n");
    TagEvaluation evaluation = TagEvaluation.evaluate(gold, pred, conll(), Set.of());
    assertEquals(Optional.of(TagScheme.IOB2), evaluation.scheme());
    ConllevalReport report = evaluation.conlleval().orElseThrow();
    assertEquals(new MatchCounts(2, 1, 1), report.entities().total());
    assertEquals(2, evaluation.sentences());
    assertEquals(new TokenAccuracy(3, 4, 0, 0), evaluation.accuracy());
  }

  @Test
  void bioesIsDetectedFromEndAndSingleTags() throws IOException {
    Path gold = write("g", "a S-PER\nb O\n");
    Path pred = write("p", "a B-PER\nb O\n");
    assertEquals(Optional.of(TagScheme.BIOES),
        TagEvaluation.evaluate(gold, pred, conll(), Set.of()).scheme());
  }

  @Test
  void posTagsGetAccuracyAndPerTagScoresOnly() throws IOException {
    Path gold = write("g.conllu", "1\tI\t_\tPRON\n2\trun\t_\tVERB\n3\tfast\t_\tADV\n");
    Path pred = write("p.conllu", "1\tI\t_\tPRON\n2\trun\t_\tNOUN\n3\tfast\t_\tADV\n");
    TagEvaluation evaluation =
        TagEvaluation.evaluate(gold, pred, TagEvaluationOptions.defaults(TagFileFormat.CONLLU),
            Set.of("I", "run"));
    assertTrue(evaluation.conlleval().isEmpty());
    assertTrue(evaluation.scheme().isEmpty());
    TokenAccuracy accuracy = evaluation.accuracy();
    assertEquals(2, accuracy.correct());
    assertEquals(3, accuracy.total());
    assertEquals(50.0, accuracy.knownAccuracy());
    assertEquals(100.0, accuracy.unknownAccuracy());
    assertEquals(1, evaluation.confusion().count("VERB", "NOUN"));
    assertEquals(new MatchCounts(1, 0, 0), evaluation.confusion().perTagCounts().get("VERB"));
    assertEquals(new MatchCounts(0, 1, 0), evaluation.confusion().perTagCounts().get("NOUN"));
  }

  @Test
  void differentTokenCountsNameTheSentenceAndLine() throws IOException {
    Path gold = write("g", "a O\n\nb O\nc O\n");
    Path pred = write("p", "a O\n\nb O\n");
    EvalInputException e = assertThrows(EvalInputException.class,
        () -> TagEvaluation.evaluate(gold, pred, conll(), Set.of()));
    assertEquals(pred + ":3: sentence 2 has 1 tokens but gold sentence 2 (" + gold + ":3) has 2",
        e.getMessage());
  }

  @Test
  void differentSentenceCountsAreAnError() throws IOException {
    Path gold = write("g", "a O\n\nb O\n");
    Path pred = write("p", "a O\n");
    EvalInputException e = assertThrows(EvalInputException.class,
        () -> TagEvaluation.evaluate(gold, pred, conll(), Set.of()));
    assertTrue(e.getMessage().startsWith(pred + ": has 1 sentences but gold"), e.getMessage());
    EvalInputException extra = assertThrows(EvalInputException.class,
        () -> TagEvaluation.evaluate(pred, gold, conll(), Set.of()));
    assertTrue(extra.getMessage().startsWith(gold + ":3: sentence 2 has no gold counterpart"),
        extra.getMessage());
  }

  @Test
  void tagOutsideTheSchemeNamesFileAndLine() throws IOException {
    Path gold = write("g", "a B-PER\nb O\n");
    Path pred = write("p", "a B-PER\nb X-PER\n");
    EvalInputException e = assertThrows(EvalInputException.class,
        () -> TagEvaluation.evaluate(gold, pred, conll(), Set.of()));
    assertEquals(pred + ":2: tag 'X-PER' is not valid in the iob2 scheme, expected O or B-TYPE, I-TYPE",
        e.getMessage());
    TagEvaluationOptions bioes = new TagEvaluationOptions(TagFileFormat.CONLL, OptionalInt.empty(),
        Optional.of(TagScheme.IOB1), false, false);
    Path bioesGold = write("bg", "a S-PER\n");
    EvalInputException s = assertThrows(EvalInputException.class,
        () -> TagEvaluation.evaluate(bioesGold, bioesGold, bioes, Set.of()));
    assertTrue(s.getMessage().startsWith(bioesGold + ":1: tag 'S-PER' is not valid in the iob1"));
  }

  @Test
  void strictModeNeedsChunkTags() throws IOException {
    Path gold = write("g", "a NN\n");
    TagEvaluationOptions strict = new TagEvaluationOptions(TagFileFormat.CONLL, OptionalInt.empty(),
        Optional.empty(), true, false);
    assertThrows(EvalInputException.class, () -> TagEvaluation.evaluate(gold, gold, strict, Set.of()));
  }

  @Test
  void rawConllevalModeScoresAnyTags() throws IOException {
    Path gold = write("g", "a S-PER\nb S-PER\n");
    TagEvaluationOptions raw = new TagEvaluationOptions(TagFileFormat.CONLL, OptionalInt.empty(),
        Optional.empty(), false, true);
    TagEvaluation evaluation = TagEvaluation.evaluate(gold, gold, raw, Set.of());
    // conlleval reads S-PER S-PER as one chunk (its known BIOES quirk).
    assertEquals(new MatchCounts(1, 1, 1), evaluation.conlleval().orElseThrow().entities().total());
    assertFalse(evaluation.scheme().isPresent());
  }

  @Test
  void trainVocabularyReadsFirstFieldAndRejectsEmptyFiles() throws IOException {
    Path vocab = write("v", "the\t12\nrun\n\n");
    assertEquals(Set.of("the", "run"), TrainVocabulary.read(vocab));
    Path blank = write("b", "\n\n");
    assertThrows(EvalInputException.class, () -> TrainVocabulary.read(blank));
  }
}

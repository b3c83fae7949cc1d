package org.seq4j.recipe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.seq4j.corpus.vocab.Vocabulary;
import org.seq4j.corpus.vocab.VocabularyBuilder;
import org.seq4j.recipe.prepare.Fixtures;
import org.seq4j.recipe.prepare.PreparedTranslationFiles;
import org.seq4j.recipe.prepare.ProgressReporter;
import org.seq4j.recipe.run.RecipeRunner;
import org.seq4j.recipe.stage.TaskStages;
import org.seq4j.seq2seq.model.Seq2SeqConfig;
import org.seq4j.seq2seq.train.NeuralTranslator;
import org.seq4j.tagger.NeuralTagger;

/**
 * The model a recipe trains has the vocabularies its prepare stage wrote, with {@code
 * prepare.vocab_max_size} and {@code prepare.shared_vocab} set: one epoch of a tiny model each
 * (the point is the wiring, not learning), then the saved model.zip is compared with prepared/.
 */
class PreparedVocabularyIT {
  private static final int MAX_SIZE = 6;
  private static final String PREPARED = RecipeRunner.PREPARED_DIR;

  private static Path run(Path workDir, List<String> settings) throws Exception {
    Recipe recipe = RecipeLoader.fromOverrides("test", settings);
    Path run = workDir.resolve("run");
    new RecipeRunner(workDir, Clock.systemUTC(), ProgressReporter.NONE).run(recipe, Optional.of(run));
    return run;
  }

  private static List<String> tinyTranslation(String... more) {
    List<String> all = new ArrayList<>(List.of("name=t", "task=translation", "stages=[prepare,train]",
        "model.embedding_dim=8", "model.encoder.hidden=8", "model.decoder.hidden=16", "model.dropout=0",
        "train.epochs=1", "train.batch=16", "evaluate.beam_size=1"));
    all.addAll(List.of(more));
    return all;
  }

  @Test
  void translationModelHasThePreparedCappedVocabularies(@TempDir Path tmp) throws Exception {
    Path run = run(tmp, tinyTranslation("data.format=toy", "data.toy.vocabulary=12", "data.toy.train=200",
        "data.toy.dev=20", "data.toy.test=20", "prepare.vocab_max_size=" + MAX_SIZE));
    Vocabulary source = Vocabulary.load(run.resolve(PREPARED).resolve(PreparedTranslationFiles.SOURCE_VOCAB_FILE));
    Vocabulary target = Vocabulary.load(run.resolve(PREPARED).resolve(PreparedTranslationFiles.TARGET_VOCAB_FILE));
    assertEquals(VocabularyBuilder.ALL_SPECIALS.size() + MAX_SIZE, source.size(), "the cap applies (12 types seen)");
    Seq2SeqConfig model = NeuralTranslator.load(run.resolve(TaskStages.MODEL_FILE)).network().config();
    assertEquals(source.size(), model.sourceVocabularySize());
    assertEquals(target.size(), model.targetVocabularySize());
  }

  @Test
  void translationModelSharesOnePreparedVocabulary(@TempDir Path tmp) throws Exception {
    Fixtures.writeTsv(tmp.resolve("pairs.tsv"), 60);
    Path run = run(tmp, tinyTranslation("data.format=tsv", "data.train=pairs.tsv", "data.split.dev=0.2",
        "prepare.shared_vocab=true", "prepare.vocab_max_size=" + MAX_SIZE));
    Vocabulary shared = Vocabulary.load(run.resolve(PREPARED).resolve(PreparedTranslationFiles.SHARED_VOCAB_FILE));
    assertEquals(VocabularyBuilder.ALL_SPECIALS.size() + MAX_SIZE, shared.size());
    Seq2SeqConfig model = NeuralTranslator.load(run.resolve(TaskStages.MODEL_FILE)).network().config();
    assertEquals(shared.size(), model.sourceVocabularySize());
    assertEquals(shared.size(), model.targetVocabularySize());
  }

  @Test
  void taggerHasThePreparedCappedWordVocabulary(@TempDir Path tmp) throws Exception {
    Fixtures.writeConllu(tmp.resolve("d"));
    Path run = run(tmp, List.of("name=t", "task=tagging", "data.format=conllu", "data.dir=d",
        "data.train=train.conllu", "data.dev=dev.conllu", "stages=[prepare,train]", "model.lowercase_words=true",
        "model.embedding_dim=8", "model.encoder.hidden=8", "train.epochs=1", "train.batch=2",
        "prepare.vocab_max_size=4"));
    Vocabulary prepared = Vocabulary.load(run.resolve(PREPARED).resolve("vocab.words"));
    NeuralTagger tagger = NeuralTagger.load(run.resolve(TaskStages.MODEL_FILE));
    assertEquals(prepared.tokens(), tagger.vocabularies().words().tokens());
    assertEquals(VocabularyBuilder.PAD_AND_UNK.size() + 4, prepared.size());
    assertTrue(prepared.tokens().stream().allMatch(w -> w.equals(w.toLowerCase(java.util.Locale.ROOT))));
  }
}

package org.seq4j.recipe.prepare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.seq4j.corpus.vocab.Vocabulary;
import org.seq4j.corpus.vocab.VocabularyBuilder;
import org.seq4j.recipe.Recipe;
import org.seq4j.recipe.RecipeLoader;
import org.seq4j.recipe.translation.PreparedVocabularies;

/**
 * {@code prepare.vocab_max_size} and {@code prepare.shared_vocab} shape the vocabularies prepare
 * writes, and the translation train stage reads exactly those ({@link PreparedVocabularies}).
 */
class PreparedVocabulariesTest {
  private static final int SPECIALS = VocabularyBuilder.ALL_SPECIALS.size();

  private static Vocabulary countsOf(Path file, int maxSize) {
    VocabularyBuilder b = new VocabularyBuilder();
    ToyCorpusPreparationTest.lines(file).forEach(line -> b.addAll(Arrays.asList(line.split(" "))));
    return b.build(1, maxSize, VocabularyBuilder.ALL_SPECIALS);
  }

  @Test
  void maxSizeKeepsTheMostFrequentTypes(@TempDir Path tmp) throws Exception {
    Recipe recipe = ToyCorpusPreparationTest.recipe("prepare.vocab_max_size=5");
    Path out = ToyCorpusPreparationTest.prepare(recipe, tmp);
    Vocabulary source = Vocabulary.load(out.resolve(PreparedTranslationFiles.SOURCE_VOCAB_FILE));
    assertEquals(SPECIALS + 5, source.size());
    assertEquals(countsOf(out.resolve("train.src"), 5).tokens(), source.tokens(),
        "the most frequent types, ties in string order");
    assertEquals(SPECIALS + 5, Vocabulary.load(out.resolve(PreparedTranslationFiles.TARGET_VOCAB_FILE)).size(),
        "the target side is capped too");
    PreparedVocabularies read = PreparedVocabularies.read(recipe, out);
    assertEquals(source.tokens(), read.source().tokens());
    assertFalse(read.shared());
  }

  @Test
  void sharedVocabularyServesBothSides(@TempDir Path tmp) throws Exception {
    Fixtures.writeTsv(tmp.resolve("pairs.tsv"), 40);
    Recipe recipe = RecipeLoader.fromOverrides("test", List.of("name=t", "task=translation", "data.format=tsv",
        "data.train=pairs.tsv", "data.split.dev=0.1", "prepare.shared_vocab=true", "prepare.bpe_merges=10"));
    CorpusPreparation.prepare(recipe, tmp, tmp.resolve("out"), ProgressReporter.NONE);
    Path out = tmp.resolve("out");
    assertFalse(Files.exists(out.resolve(PreparedTranslationFiles.SOURCE_VOCAB_FILE)));
    Vocabulary shared = Vocabulary.load(out.resolve(PreparedTranslationFiles.SHARED_VOCAB_FILE));
    for (String file : List.of("train.src", "train.tgt")) {
      ToyCorpusPreparationTest.lines(out.resolve(file))
          .forEach(line -> Arrays.stream(line.split(" ")).forEach(t -> assertTrue(shared.contains(t), t)));
    }
    assertTrue(Files.exists(out.resolve(PreparedTranslationFiles.BPE_CODES_FILE)), "one BPE model for both sides");
    PreparedVocabularies read = PreparedVocabularies.read(recipe, out);
    assertSame(read.source(), read.target());
    assertEquals(shared.tokens(), read.source().tokens());
  }

  @Test
  void taggingWordsAreInTheTaggersLookupFormAndCapped(@TempDir Path tmp) throws Exception {
    Fixtures.writeConllu(tmp.resolve("d"));
    Recipe recipe = RecipeLoader.fromOverrides("test", List.of("name=t", "task=tagging", "data.format=conllu",
        "data.dir=d", "data.train=train.conllu", "model.lowercase_words=true", "prepare.vocab_max_size=3"));
    CorpusPreparation.prepare(recipe, tmp, tmp.resolve("out"), ProgressReporter.NONE);
    Vocabulary words = Vocabulary.load(tmp.resolve("out").resolve(TaggingPreparer.WORD_VOCAB_FILE));
    // Every lowercased train word occurs once: the three first in string order.
    assertEquals(List.of("<pad>", "<unk>", ".", "a", "barks"), words.tokens());
  }
}

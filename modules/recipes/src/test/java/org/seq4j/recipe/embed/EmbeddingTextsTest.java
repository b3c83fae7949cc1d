package org.seq4j.recipe.embed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.seq4j.corpus.BadInputException;
import org.seq4j.recipe.Recipe;
import org.seq4j.recipe.RecipeException;
import org.seq4j.recipe.RecipeLoader;
import org.seq4j.recipe.prepare.Fixtures;
import org.seq4j.recipe.prepare.ProgressReporter;
import org.seq4j.recipe.run.RecipeRunner;

/**
 * word2vec's text: the prepared training split plus CoNLL-U, CoNLL, tab-separated and plain-text
 * files, every word in the tagger's lookup form, each distinct sentence once (no word2vec runs here).
 */
class EmbeddingTextsTest {
  private static final String TEXT_FILES = "embed.text_files=[conllu:x/extra.conllu, conll:x/ner.conll,"
      + " tsv:x/pairs.tsv, tsv:1:x/pairs.tsv, text:x/raw.txt]";

  private static Recipe tagging(String... sets) {
    List<String> all = new ArrayList<>(List.of("name=t", "task=tagging", "data.format=conllu", "data.dir=d",
        "data.train=train.conllu", "data.dev=dev.conllu", "model.embedding_dim=3", "stages=[prepare]",
        "embed.method=word2vec"));
    all.addAll(List.of(sets));
    return RecipeLoader.fromOverrides("test", all);
  }

  /** Fixture texts in four formats; the CoNLL file repeats a training sentence, the text file has blank lines. */
  private static void writeTexts(Path tmp) throws Exception {
    Fixtures.writeConllu(tmp.resolve("d"));
    Path x = Files.createDirectories(tmp.resolve("x"));
    Files.writeString(x.resolve("extra.conllu"), "# sent_id = e1\n"
        + "1-2\tCan't\t_\t_\t_\t_\t_\t_\t_\t_\n"
        + "1\tCa\tcan\tAUX\tMD\t_\t3\taux\t_\t_\n"
        + "2\tn't\tnot\tPART\tRB\t_\t3\tadvmod\t_\t_\n"
        + "3\tpay\tpay\tVERB\tVB\t_\t0\troot\t_\t_\n"
        + "4\t$1,000\t$\tSYM\t$\t_\t3\tobj\t_\t_\n\n");
    Files.writeString(x.resolve("ner.conll"),
        "-DOCSTART- O\n\nWombats O\ndig O\nin O\n2024 B-date\n\nThe O\ncat O\nsleeps O\n\n");
    Files.writeString(x.resolve("pairs.tsv"), "Numbats eat 300 termites.\tLes numbats mangent 300 termites.\n");
    Files.writeString(x.resolve("raw.txt"), "Bilbies dig burrows.\n\n   \nBilbies dig burrows.\n");
  }

  private static List<String> sentences(Path tmp, Recipe recipe) throws Exception {
    Path run = tmp.resolve("run");
    new RecipeRunner(tmp, Clock.systemUTC(), ProgressReporter.NONE).run(recipe, Optional.of(run));
    return EmbeddingTexts.sentences(recipe, tmp, run);
  }

  @Test
  void everyFormatIsReadAndEveryWordIsInTheModelsLookupForm(@TempDir Path tmp) throws Exception {
    writeTexts(tmp);
    List<String> sentences = sentences(tmp, tagging("model.lowercase_words=true", "model.normalize_digits=true",
        "embed.tokenizer=opennlp", TEXT_FILES));
    assertEquals(List.of(
        "the cat sleeps", "a dog barks .", "dogs sleep",   // prepared train split
        "ca n't pay $0,000",                                // CoNLL-U syntactic words, not the range "Can't"
        "wombats dig in 0000",                              // CoNLL word column; -DOCSTART- skipped, repeat dropped
        "numbats eat 000 termites .",                      // tsv column 0, OpenNLP splits the final period
        "les numbats mangent 000 termites .",              // tsv column 1
        "bilbies dig burrows ."),                           // text; blank lines and the repeat dropped
        sentences);
  }

  @Test
  void theLookupFormFollowsTheModelSettings(@TempDir Path tmp) throws Exception {
    writeTexts(tmp);
    List<String> cased = sentences(tmp, tagging("model.normalize_digits=true",
        "embed.text_files=[x/extra.conllu, x/ner.conll, x/raw.txt]"));
    assertEquals(List.of("The cat sleeps", "A dog barks .", "Dogs sleep", "Ca n't pay $0,000", "Wombats dig in 0000",
        "Bilbies dig burrows."), cased, "extension fallback; whitespace tokenizer by default; case kept");
  }

  @Test
  void aTsvLineWithoutTheColumnNamesFileAndLine(@TempDir Path tmp) throws Exception {
    writeTexts(tmp);
    Recipe recipe = tagging("embed.text_files=[tsv:2:x/pairs.tsv]");
    BadInputException e = assertThrows(BadInputException.class, () -> sentences(tmp, recipe));
    assertEquals(1, e.line());
    assertTrue(e.source().endsWith("pairs.tsv") && e.problem().contains("expected at least 3 tab-separated columns"),
        e.getMessage());
  }

  @Test
  void filesAreResolvedWithoutTheirPrefixesAndMissingOnesNameTheKey(@TempDir Path tmp) throws Exception {
    writeTexts(tmp);
    assertEquals(List.of(tmp.resolve("x/extra.conllu"), tmp.resolve("x/pairs.tsv"), tmp.resolve("x/pairs.tsv")),
        EmbeddingTexts.files(tagging("embed.text_files=[conllu:x/extra.conllu, tsv:x/pairs.tsv, tsv:1:x/pairs.tsv]"),
            tmp));
    RecipeException missing = assertThrows(RecipeException.class,
        () -> EmbeddingTexts.files(tagging("embed.text_files=[conll:2:x/none.conll]"), tmp));
    assertTrue(missing.getMessage().contains("file not found: x/none.conll (embed.text_files"), missing.getMessage());
    RecipeException malformed = assertThrows(RecipeException.class,
        () -> EmbeddingTexts.files(tagging("embed.text_files=[conllu:]"), tmp));
    assertTrue(malformed.getMessage().contains("names no file"), malformed.getMessage());
  }

  @Test
  void aTokenizerNoTextFileUsesIsRejected() {
    RecipeException e = assertThrows(RecipeException.class,
        () -> tagging("embed.tokenizer=opennlp", "embed.text_files=[conllu:a.conllu]"));
    assertTrue(e.getMessage().contains("embed.tokenizer applies only to"), e.getMessage());
    tagging("embed.tokenizer=opennlp", "embed.text_files=[tsv:1:a.txt]");
  }
}

package org.seq4j.recipe.embed;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.seq4j.corpus.TaggedSentence;
import org.seq4j.corpus.normalize.NormalizerPipeline;
import org.seq4j.corpus.normalize.Normalizers;
import org.seq4j.corpus.tokenize.Tokenizer;
import org.seq4j.corpus.tokenize.Tokenizers;
import org.seq4j.recipe.Recipe;
import org.seq4j.recipe.RecipeFiles;
import org.seq4j.recipe.section.EmbedSection;
import org.seq4j.recipe.section.Split;
import org.seq4j.recipe.tagging.PreparedTaggingData;

/**
 * The text word2vec trains on: the prepared training split's words (already normalised), then the
 * sentences of every {@code embed.text_files} entry ({@link TextSource}: CoNLL-U, CoNLL columns,
 * one column of a tab-separated file, or plain text; raw lines tokenized with {@code
 * embed.tokenizer}) normalised with {@code prepare.normalize}. Every word is then put in the
 * tagger's lookup form ({@link WordLookup}), so the vectors are for exactly the strings the model
 * looks up. Sentences come out as words joined by single spaces, the form {@link
 * org.seq4j.embeddings.Word2VecTrainer} expects. Dev and test text is never used: embeddings
 * trained on test sentences would leak them into the model.
 *
 * <p>Each distinct sentence (after lookup form) is kept once, at its first occurrence. Design: pair
 * files repeat one side for every translation (Tatoeba en-fr has 142,787 lines but 98,659 distinct
 * English sentences), and a file that is also the training split would otherwise count twice; word2vec
 * would weight those sentences by an accident of the corpus layout. This is also what the vectors the
 * tagger measurements used were trained on (EnglishVectorsRun in the tagger's tests).
 */
public final class EmbeddingTexts {
  private static final String SPACE = " ";
  private static final String TEXT_FILES_KEY = "embed." + EmbedSection.TEXT_FILES.key();

  private EmbeddingTexts() {}

  /** The sentences, in a fixed order (train, then each text file in recipe order), each once. */
  public static List<String> sentences(Recipe recipe, Path workDir, Path runDir) throws IOException {
    UnaryOperator<String> lookup = WordLookup.of(recipe);
    Set<String> sentences = new LinkedHashSet<>();
    for (TaggedSentence s : PreparedTaggingData.read(runDir, Split.TRAIN)) {
      add(s.words(), lookup, sentences);
    }
    NormalizerPipeline normalizer = Normalizers.pipeline(recipe.prepare().normalize());
    Tokenizer tokenizer = Tokenizers.byName(recipe.embed().tokenizer());
    for (String entry : recipe.embed().textFiles()) {
      TextSource source = source(recipe, entry);
      Path file = RecipeFiles.require(recipe, workDir, TEXT_FILES_KEY, source.file());
      TextSourceReader.read(source, file, tokenizer, words -> add(normalizer.normalize(words), lookup, sentences));
    }
    return List.copyOf(sentences);
  }

  /**
   * The files of {@code embed.text_files}, resolved against {@code workDir} and checked to exist,
   * in recipe order (format prefixes removed), for the run's input list and manifest.
   *
   * @throws org.seq4j.recipe.RecipeException naming the key when an entry is malformed or its file is missing
   */
  public static List<Path> files(Recipe recipe, Path workDir) {
    List<Path> files = new ArrayList<>();
    for (String entry : recipe.embed().textFiles()) {
      files.add(RecipeFiles.require(recipe, workDir, TEXT_FILES_KEY, source(recipe, entry).file()));
    }
    return files;
  }

  private static TextSource source(Recipe recipe, String entry) {
    try {
      return TextSource.parse(entry);
    } catch (IllegalArgumentException e) {
      throw recipe.settings().error(TEXT_FILES_KEY, TEXT_FILES_KEY + ": " + e.getMessage());
    }
  }

  private static void add(List<String> words, UnaryOperator<String> lookup, Set<String> sentences) {
    StringBuilder line = new StringBuilder();
    for (String word : words) {
      String form = lookup.apply(word);
      if (!form.isEmpty()) {
        line.append(line.length() == 0 ? "" : SPACE).append(form);
      }
    }
    if (line.length() > 0) {
      sentences.add(line.toString());
    }
  }
}

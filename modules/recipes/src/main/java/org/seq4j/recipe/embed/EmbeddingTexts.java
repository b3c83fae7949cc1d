package org.seq4j.recipe.embed;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.seq4j.corpus.TaggedSentence;
import org.seq4j.corpus.normalize.NormalizerPipeline;
import org.seq4j.corpus.normalize.Normalizers;
import org.seq4j.recipe.Recipe;
import org.seq4j.recipe.RecipeFiles;
import org.seq4j.recipe.section.EmbedSection;
import org.seq4j.recipe.section.Split;
import org.seq4j.recipe.tagging.PreparedTaggingData;

/**
 * The text word2vec trains on: the prepared training split's words (already normalised), then
 * every line of the recipe's {@code embed.text_files} (one tokenized sentence per line, split on
 * whitespace and normalised with {@code prepare.normalize}, so its words match the vocabulary the
 * model looks them up in). Sentences come out as words joined by single spaces, the form {@link
 * org.seq4j.embeddings.Word2VecTrainer} expects. Dev and test text is never used: embeddings
 * trained on test sentences would leak them into the model.
 */
public final class EmbeddingTexts {
  private static final String SPACE = " ";
  private static final String WHITESPACE = "\\s+";
  private static final String TEXT_FILES_KEY = "embed." + EmbedSection.TEXT_FILES.key();

  private EmbeddingTexts() {}

  /** The sentences, in a fixed order (train, then each text file in recipe order). */
  public static List<String> sentences(Recipe recipe, Path workDir, Path runDir) throws IOException {
    List<String> sentences = new ArrayList<>();
    for (TaggedSentence s : PreparedTaggingData.read(runDir, Split.TRAIN)) {
      if (!s.isEmpty()) {
        sentences.add(String.join(SPACE, s.words()));
      }
    }
    NormalizerPipeline normalizer = Normalizers.pipeline(recipe.prepare().normalize());
    for (String name : recipe.embed().textFiles()) {
      Path file = RecipeFiles.require(recipe, workDir, TEXT_FILES_KEY, name);
      try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
          String stripped = line.strip();
          if (!stripped.isEmpty()) {
            sentences.add(String.join(SPACE, normalizer.normalize(Arrays.asList(stripped.split(WHITESPACE)))));
          }
        }
      }
    }
    return sentences;
  }
}

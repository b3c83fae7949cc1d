package org.seq4j.recipe.embed;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.seq4j.corpus.TaggedSentence;
import org.seq4j.embeddings.VectorFormat;
import org.seq4j.embeddings.WordVectors;
import org.seq4j.embeddings.WordVectorsReader;
import org.seq4j.recipe.Recipe;
import org.seq4j.recipe.RecipeFiles;
import org.seq4j.recipe.section.EmbedSection;

/**
 * Reads {@code embed.file} and keeps the vectors of the words the run can look up: every word of
 * the prepared splits (train, dev, test: words only, never tags) and its lowercased form (the
 * fallback embedding initialisation uses). Design: a published vector file holds hundreds of
 * thousands of words no sentence of the run contains; copying only the usable ones into the run
 * directory keeps it (and the tagger's vocabulary, which also gets rows for pretrained words)
 * small, while every word the run tags is initialised from the same vector as with the full file
 * and the coverage numbers are unchanged.
 */
final class PretrainedVectors {
  private PretrainedVectors() {}

  static WordVectors read(Recipe recipe, Path workDir, Collection<List<TaggedSentence>> splits) throws IOException {
    EmbedSection embed = recipe.embed();
    String name = embed.file().orElseThrow();
    String key = "embed." + EmbedSection.FILE.key();
    Path file = RecipeFiles.require(recipe, workDir, key, name);
    WordVectors all = WordVectorsReader.read(file, format(embed.format()));
    int dim = recipe.model().embeddingDim();
    if (all.dimension() != dim) {
      throw recipe.settings().error(key, name + " has " + all.dimension() + "-dimensional vectors but"
          + " model.embedding_dim is " + dim + "; set model.embedding_dim: " + all.dimension());
    }
    Set<String> wanted = new HashSet<>();
    for (List<TaggedSentence> split : splits) {
      for (TaggedSentence s : split) {
        for (String w : s.words()) {
          wanted.add(w);
          wanted.add(w.toLowerCase(Locale.ROOT));
        }
      }
    }
    List<String> words = new ArrayList<>();
    List<float[]> rows = new ArrayList<>();
    for (int i = 0; i < all.size(); i++) {
      String w = all.words().get(i);
      if (wanted.contains(w)) {
        words.add(w);
        rows.add(all.row(i));
      }
    }
    float[] values = new float[words.size() * dim];
    for (int i = 0; i < rows.size(); i++) {
      System.arraycopy(rows.get(i), 0, values, i * dim, dim);
    }
    return new WordVectors(words, values, dim);
  }

  private static VectorFormat format(EmbedSection.VectorFileFormat format) {
    return switch (format) {
      case WORD2VEC -> VectorFormat.WORD2VEC_TEXT;
      case WORD2VEC_BINARY -> VectorFormat.WORD2VEC_BINARY;
      case GLOVE -> VectorFormat.GLOVE_TEXT;
    };
  }
}

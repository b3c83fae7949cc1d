package org.seq4j.recipe.embed;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.seq4j.corpus.TaggedSentence;
import org.seq4j.embeddings.VectorFormat;
import org.seq4j.embeddings.WordVectors;
import org.seq4j.embeddings.WordVectorsReader;
import org.seq4j.recipe.Recipe;
import org.seq4j.recipe.RecipeFiles;
import org.seq4j.recipe.section.EmbedSection;

/**
 * Reads {@code embed.file} and keeps the vectors of the words the run can look up, keyed by the
 * model's lookup form ({@link WordLookup}): every word of the prepared splits (train, dev, test: words
 * only, never tags) in lookup form, and that form lowercased (the fallback embedding initialisation
 * uses). Design: a published vector file holds hundreds of thousands of words no sentence of the run
 * contains; copying only the usable ones into the run directory keeps it (and the tagger's
 * vocabulary, which also gets rows for pretrained words) small. Several file words can share a lookup
 * form ({@code The}/{@code the}, {@code 1984}/{@code 2001} as {@code 0000} with normalize_digits):
 * the word that is its own lookup form wins, else the first in the file (vector files list frequent
 * words first). Without lowercase_words and normalize_digits the lookup form is the word itself and
 * this is a plain filter.
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
    UnaryOperator<String> lookup = WordLookup.of(recipe);
    Set<String> wanted = new HashSet<>();
    for (List<TaggedSentence> split : splits) {
      for (TaggedSentence s : split) {
        for (String w : s.words()) {
          String form = lookup.apply(w);
          wanted.add(form);
          wanted.add(form.toLowerCase(Locale.ROOT));
        }
      }
    }
    Map<String, float[]> rows = new LinkedHashMap<>();
    Set<String> exact = new HashSet<>();
    for (int i = 0; i < all.size(); i++) {
      String w = all.words().get(i);
      String form = lookup.apply(w);
      if (!wanted.contains(form) || exact.contains(form)) {
        continue;
      }
      if (form.equals(w)) {
        rows.put(form, all.row(i));
        exact.add(form);
      } else {
        rows.putIfAbsent(form, all.row(i));
      }
    }
    float[] values = new float[rows.size() * dim];
    int i = 0;
    for (float[] row : rows.values()) {
      System.arraycopy(row, 0, values, i++ * dim, dim);
    }
    return new WordVectors(new ArrayList<>(rows.keySet()), values, dim);
  }

  private static VectorFormat format(EmbedSection.VectorFileFormat format) {
    return switch (format) {
      case WORD2VEC -> VectorFormat.WORD2VEC_TEXT;
      case WORD2VEC_BINARY -> VectorFormat.WORD2VEC_BINARY;
      case GLOVE -> VectorFormat.GLOVE_TEXT;
    };
  }
}

package org.seq4j.recipe.tagging;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.UnaryOperator;
import org.seq4j.corpus.io.conll.ColumnSeparator;
import org.seq4j.corpus.io.conll.ConllColumnFormat;
import org.seq4j.corpus.io.conll.ConllReader;
import org.seq4j.corpus.io.conll.ConllSentence;
import org.seq4j.corpus.io.conllu.ConllUReader;
import org.seq4j.corpus.io.conllu.ConllUSentence;
import org.seq4j.corpus.io.conllu.ConllUTagColumn;
import org.seq4j.corpus.tags.TagScheme;
import org.seq4j.recipe.Recipe;
import org.seq4j.recipe.prepare.DataFiles;
import org.seq4j.recipe.section.DataSection;
import org.seq4j.recipe.section.Split;

/**
 * Opens the splits the evaluate stage scores.
 *
 * <p>Design: a split with its own file is evaluated on that file as it is, not on the prepared
 * copy, because the prepare stage normalises words, converts tag schemes and filters sentences
 * (too long, empty, duplicate) — fine for training, wrong for a test score, which must cover every
 * test sentence with its original tokens and gold tags. So the model tags the recipe-normalised
 * words, its tags are converted back to the file's scheme ({@code data.convert_to} → {@code
 * data.scheme}) and scored against the file's gold tags, exactly what {@code seq4j eval tags} or
 * conlleval would compute on the written predictions. A split held out of train by {@code
 * data.split} exists only in prepared form and is evaluated (and written) as prepared.
 */
public final class GoldSplits {
  private GoldSplits() {}

  /**
   * Opens {@code split}, or returns empty when the recipe has no such split.
   *
   * @throws org.seq4j.corpus.BadInputException naming file and line for malformed input
   */
  public static Optional<GoldSplit> open(Recipe recipe, Path workDir, Path runDir, Split split) throws IOException {
    DataSection data = recipe.data();
    Optional<String> named = switch (split) {
      case TRAIN -> Optional.of(data.train());
      case DEV -> data.dev();
      case TEST -> data.test();
    };
    boolean heldOut = named.isEmpty() || (split == Split.TRAIN && data.split().isActive());
    if (heldOut) {
      return PreparedTaggingData.has(runDir, split) ? Optional.of(prepared(recipe, runDir, split)) : Optional.empty();
    }
    Path file = DataFiles.resolve(recipe, workDir).files().get(split).get(0);
    return Optional.of(data.format() == DataSection.Format.CONLLU
        ? conllu(recipe, split, file) : conll(recipe, split, file));
  }

  /** The CoNLL column layout of the recipe's {@code conll} data (as the prepare stage reads it). */
  public static ConllColumnFormat conllFormat(DataSection data) {
    return new ConllColumnFormat(ColumnSeparator.WHITESPACE, data.wordColumn(), OptionalInt.of(data.tagColumn()),
        Optional.of(ConllColumnFormat.DOCSTART), Optional.empty());
  }

  /** The scheme the model is trained in for {@code conll} data: convert_to, else the file's. */
  public static TagScheme modelScheme(DataSection data) {
    return scheme(data.convertTo().orElse(data.scheme()));
  }

  private static GoldSplit conllu(Recipe recipe, Split split, Path file) throws IOException {
    ConllUTagColumn column = recipe.data().column() == DataSection.ConlluColumn.UPOS
        ? ConllUTagColumn.UPOS : ConllUTagColumn.XPOS;
    List<ConllUSentence> sentences = ConllUReader.readAll(file);
    List<String> ids = new ArrayList<>();
    List<List<String>> words = new ArrayList<>();
    List<List<String>> gold = new ArrayList<>();
    for (int i = 0; i < sentences.size(); i++) {
      ConllUSentence s = sentences.get(i);
      ids.add(s.sentId().orElse(Integer.toString(i + 1)));
      words.add(s.forms());
      gold.add(s.tagged(column).tags());
    }
    return new GoldSplit(split, file, ids, words, gold, false, Optional.empty(), UnaryOperator.identity(),
        new ConllUPredictionWriter(sentences, column));
  }

  private static GoldSplit conll(Recipe recipe, Split split, Path file) throws IOException {
    DataSection data = recipe.data();
    ConllColumnFormat format = conllFormat(data);
    TagScheme fileScheme = scheme(data.scheme());
    TagScheme modelScheme = modelScheme(data);
    return conllSplit(split, file, format, false, Optional.of(fileScheme),
        modelScheme == fileScheme ? UnaryOperator.identity() : tags -> modelScheme.convert(tags, fileScheme));
  }

  private static GoldSplit prepared(Recipe recipe, Path runDir, Split split) throws IOException {
    DataSection data = recipe.data();
    Optional<TagScheme> scheme = data.format() == DataSection.Format.CONLL
        ? Optional.of(modelScheme(data)) : Optional.empty();
    return conllSplit(split, PreparedTaggingData.file(runDir, split), PreparedTaggingData.FORMAT, true, scheme,
        UnaryOperator.identity());
  }

  private static GoldSplit conllSplit(Split split, Path file, ConllColumnFormat format, boolean normalized,
      Optional<TagScheme> declared, UnaryOperator<List<String>> toFileScheme) throws IOException {
    List<ConllSentence> sentences = ConllReader.readAll(file, format);
    int tagColumn = format.tagColumn().orElseThrow();
    List<String> ids = new ArrayList<>();
    List<List<String>> words = new ArrayList<>();
    List<List<String>> gold = new ArrayList<>();
    for (int i = 0; i < sentences.size(); i++) {
      ConllSentence s = sentences.get(i);
      ids.add(Integer.toString(i + 1));
      words.add(s.words(format));
      gold.add(s.column(tagColumn));
    }
    return new GoldSplit(split, file, ids, words, gold, normalized, declared, toFileScheme,
        new ConllPredictionWriter(sentences, format));
  }

  private static TagScheme scheme(DataSection.TagScheme s) {
    return TagScheme.valueOf(s.name());
  }
}


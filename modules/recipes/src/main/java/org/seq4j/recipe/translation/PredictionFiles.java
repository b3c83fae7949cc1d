package org.seq4j.recipe.translation;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.seq4j.corpus.AtomicFiles;
import org.seq4j.recipe.Recipe;
import org.seq4j.recipe.section.Split;
import org.seq4j.recipe.stage.TaskStages;

/**
 * Writes translation predictions into the run directory: {@code predictions/<split>.<target_lang>}
 * with exactly one detokenized hypothesis per source line (an empty line for an empty source), and,
 * when {@code evaluate.n_best > 1}, {@code predictions/<split>.<target_lang>.nbest} in the Moses
 * n-best format {@code <0-based line> ||| <hypothesis> ||| <model score>}, best first. Files are
 * written atomically. The target language is {@code data.target_lang}, or {@value #DEFAULT_TARGET}.
 */
public final class PredictionFiles {
  /** Suffix of prediction files when the recipe names no target language. */
  public static final String DEFAULT_TARGET = "tgt";
  public static final String NBEST_SUFFIX = ".nbest";
  static final String NBEST_SEPARATOR = " ||| ";
  private static final char NEWLINE = '\n';

  private PredictionFiles() {}

  /** {@code predictions/<split>.<target_lang>} in the run directory. */
  public static Path hypotheses(Path runDir, Recipe recipe, Split split) {
    return runDir.resolve(TaskStages.PREDICTIONS_DIR).resolve(split.id() + "." + targetLanguage(recipe));
  }

  /** The n-best file next to {@link #hypotheses}. */
  public static Path nBest(Path runDir, Recipe recipe, Split split) {
    Path best = hypotheses(runDir, recipe, split);
    return best.resolveSibling(best.getFileName() + NBEST_SUFFIX);
  }

  static String targetLanguage(Recipe recipe) {
    return recipe.data().targetLang().orElse(DEFAULT_TARGET);
  }

  /** Writes one line per hypothesis. */
  static void writeLines(Path file, List<String> lines) throws IOException {
    AtomicFiles.writeText(file, out -> {
      for (String line : lines) {
        out.append(singleLine(line)).append(NEWLINE);
      }
    });
  }

  /** Writes n-best lists, one line per hypothesis. */
  static void writeNBest(Path file, List<List<ScoredText>> nBest) throws IOException {
    AtomicFiles.writeText(file, out -> {
      for (int i = 0; i < nBest.size(); i++) {
        for (ScoredText h : nBest.get(i)) {
          out.append(Integer.toString(i)).append(NBEST_SEPARATOR).append(singleLine(h.text()))
              .append(NBEST_SEPARATOR).append(Double.toString(h.score())).append(NEWLINE);
        }
      }
    });
  }

  /** Model output never holds line breaks; should it ever, one line per source still holds. */
  private static String singleLine(String text) {
    return text.replace('\n', ' ').replace('\r', ' ');
  }

  /** A detokenized hypothesis with its model score. */
  record ScoredText(String text, double score) {}
}

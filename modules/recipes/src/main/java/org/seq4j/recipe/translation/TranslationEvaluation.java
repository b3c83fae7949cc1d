package org.seq4j.recipe.translation;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.seq4j.nn.backend.NativeBackend;
import org.seq4j.recipe.Recipe;
import org.seq4j.recipe.run.RecipeRunner;
import org.seq4j.recipe.section.EvaluateSection;
import org.seq4j.recipe.section.Split;
import org.seq4j.recipe.stage.StageContext;
import org.seq4j.recipe.stage.StageResult;
import org.seq4j.recipe.stage.TaskStages;
import org.seq4j.seq2seq.Translator;

/**
 * The evaluate stage for translation: loads {@value TaskStages#MODEL_FILE} through the public
 * {@link Translator#load}, translates every evaluated split's prepared sources with the decoding
 * options saved by the train stage (the recipe's beam size and length penalty), turns the output
 * into text ({@link HypothesisText}), writes {@link PredictionFiles}, and scores the text against
 * the original references ({@link TranslationScorer}). Splits the prepare stage did not produce are
 * skipped with a log line. Tokens for the report's tokens/s are the target tokens generated.
 */
final class TranslationEvaluation {
  private static final double NANOS_PER_SECOND = 1e9;

  private TranslationEvaluation() {}

  static StageResult run(StageContext context) throws IOException {
    NativeBackend.configureFromEnvironment();
    Recipe recipe = context.recipe();
    Path runDir = context.outDir();
    Path prepared = runDir.resolve(RecipeRunner.PREPARED_DIR);
    Translator translator = Translator.load(runDir.resolve(TaskStages.MODEL_FILE));
    HypothesisText text = HypothesisText.forRecipe(recipe);
    TranslationScorer scorer = scorer(recipe);
    int nBest = recipe.evaluate().nBest();

    List<SplitScores> scores = new ArrayList<>();
    List<String> summaries = new ArrayList<>();
    long generated = 0;
    for (Split split : recipe.evaluate().splits()) {
      if (!PreparedSplit.exists(prepared, split)) {
        context.log().info("evaluate: no prepared " + split.id() + " split; skipped");
        continue;
      }
      PreparedSplit data = PreparedSplit.read(prepared, split);
      long start = System.nanoTime();
      List<String> outputs = nBest > 1
          ? translateNBest(translator, data, text, nBest, PredictionFiles.nBest(runDir, recipe, split))
          : translator.translateAll(data.sources());
      double seconds = (System.nanoTime() - start) / NANOS_PER_SECOND;
      List<String> hypotheses = outputs.stream().map(text::apply).toList();
      PredictionFiles.writeLines(PredictionFiles.hypotheses(runDir, recipe, split), hypotheses);
      generated += outputs.stream().mapToLong(TranslationRecipeSettings::tokens).sum();
      List<Integer> sourceLengths = data.sources().stream().map(s -> text.words(s).size()).toList();
      SplitScores splitScores = scorer.score(split.id(), data.rawSources(), sourceLengths, data.references(),
          hypotheses);
      scores.add(splitScores);
      String summary = split.id() + ": " + describe(splitScores.metrics()) + String.format(Locale.ROOT,
          " (%d sentences, %.1f s, beam %d)", data.size(), seconds, recipe.evaluate().beamSize());
      context.log().info("evaluate " + summary);
      summaries.add(summary);
    }
    return new StageResult(Optional.empty(), Optional.of("evaluate: " + String.join("; ", summaries) + "\n"), generated,
        Optional.of(new TranslationReport(scores)));
  }

  private static TranslationScorer scorer(Recipe recipe) {
    List<EvaluateSection.MetricName> metrics = recipe.evaluate().metrics()
        .orElse(List.of(EvaluateSection.MetricName.BLEU, EvaluateSection.MetricName.CHRF));
    return new TranslationScorer(metrics.contains(EvaluateSection.MetricName.BLEU),
        metrics.contains(EvaluateSection.MetricName.CHRF), TranslationRecipeSettings.isToy(recipe));
  }

  /** Model outputs of the best hypotheses; writes the n-best lists (detokenized) on the way. */
  private static List<String> translateNBest(Translator translator, PreparedSplit data, HypothesisText text, int n,
      Path nBestFile) throws IOException {
    List<String> best = new ArrayList<>(data.size());
    List<List<PredictionFiles.ScoredText>> lists = new ArrayList<>(data.size());
    for (List<Translator.Hypothesis> hypotheses : translator.translateAllNBest(data.sources(), n)) {
      best.add(hypotheses.isEmpty() ? "" : hypotheses.get(0).text());
      lists.add(hypotheses.stream().map(h -> new PredictionFiles.ScoredText(text.apply(h.text()), h.score())).toList());
    }
    PredictionFiles.writeNBest(nBestFile, lists);
    return best;
  }

  private static String describe(Map<String, Double> metrics) {
    List<String> parts = new ArrayList<>();
    metrics.forEach((name, value) -> parts.add(String.format(Locale.ROOT, "%s %.2f", name, value)));
    return String.join(", ", parts);
  }
}

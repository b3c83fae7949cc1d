package org.seq4j.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.seq4j.recipe.Recipe;
import org.seq4j.recipe.RecipeLoader;
import org.seq4j.recipe.RecipeYaml;
import org.seq4j.recipe.run.RecipeRunner;
import org.seq4j.recipe.run.ResumableRun;
import org.seq4j.recipe.run.RunResult;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code seq4j run RECIPE [--set key=value]... [--out DIR]}: runs a recipe's stages into a run
 * directory; {@code seq4j run [RECIPE] --resume RUN_DIR} continues a run whose process stopped.
 */
@Command(
    name = "run",
    mixinStandardHelpOptions = true,
    description = {
      "Run a recipe: prepare, embed, train, evaluate, report (the recipe's stages) into",
      "runs/<name>/<timestamp>/ or --out DIR. Use --settings to list every recipe key.",
      "--resume RUN_DIR continues a run whose process was killed or failed, in RUN_DIR: finished",
      "stages keep their outputs, translation training continues from its last finished epoch."
    })
final class RunCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Parameters(arity = "0..1", paramLabel = "RECIPE", description = "Recipe file (YAML).")
  Path recipe;

  @Option(names = "--set", paramLabel = "KEY=VALUE", description = "Override a recipe key, e.g. --set train.epochs=3.")
  List<String> sets = new ArrayList<>();

  @Option(names = "--out", paramLabel = "DIR", description = "Run directory (default runs/<name>/<timestamp>/).")
  Path out;

  @Option(names = "--settings", description = "Print every recipe key with its type, default and description.")
  boolean settings;

  @Option(names = "--resume", paramLabel = "RUN_DIR", description = "Continue the stopped run in RUN_DIR with the"
      + " recipe it started with (RUN_DIR/recipe.resolved.yaml; a RECIPE given must resolve to the same).")
  Path resume;

  @Override
  public Integer call() throws Exception {
    PrintWriter stdout = spec.commandLine().getOut();
    if (settings) {
      stdout.print(RecipeYaml.reference());
      stdout.flush();
      return 0;
    }
    RecipeRunner runner = new RecipeRunner(Path.of("").toAbsolutePath(), Clock.systemDefaultZone(),
        TerminalDetection.progress());
    RunResult result;
    if (resume != null) {
      if (out != null) {
        throw new CommandLine.ParameterException(spec.commandLine(),
            "--resume and --out cannot be combined: a resumed run continues in its own directory");
      }
      Recipe r = recipe == null ? ResumableRun.storedRecipe(resume, sets) : RecipeLoader.load(recipe, sets);
      result = runner.resume(r, resume);
    } else {
      if (recipe == null) {
        throw new CommandLine.ParameterException(spec.commandLine(), "Missing required parameter: RECIPE");
      }
      result = runner.run(RecipeLoader.load(recipe, sets), Optional.ofNullable(out));
    }
    result.summaries().forEach(stdout::print);
    result.stageSeconds().forEach((stage, s) ->
        stdout.println(String.format(Locale.ROOT, "%s: %.2f s", stage, s)));
    stdout.println("Run directory: " + result.runDir());
    stdout.flush();
    return 0;
  }
}

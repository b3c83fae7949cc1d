package org.seq4j.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.seq4j.recipe.Recipe;
import org.seq4j.recipe.RecipeLoader;
import org.seq4j.recipe.prepare.CorpusPreparation;
import org.seq4j.recipe.prepare.PreparationSummary;
import org.seq4j.recipe.prepare.PreparedCorpus;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code seq4j prepare}: prepares a corpus from a recipe's data and prepare sections, or ad hoc from
 * one input file. Ad hoc options become {@code --set} overrides of an empty recipe, so they are
 * validated exactly like recipe keys (and any other key can still be given with {@code --set}).
 */
@Command(
    name = "prepare",
    mixinStandardHelpOptions = true,
    description = {
      "Prepare a corpus: read, normalize, tokenize, filter, split, build vocabularies (and BPE),",
      "plan batches; writes the prepared splits, vocabularies, stats.json and summary.txt to --out.",
      "Give --recipe R, or one ad hoc input: --conllu F, --conll F, --parallel SRC TGT, --tsv F."
    })
final class PrepareCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Option(names = "--recipe", paramLabel = "R", description = "Recipe file (YAML).")
  Path recipe;

  @Option(names = "--out", paramLabel = "DIR", required = true, description = "Output directory.")
  Path out;

  @Option(names = "--set", paramLabel = "KEY=VALUE", description = "Override a recipe key, e.g. --set prepare.max_length=50.")
  List<String> sets = new ArrayList<>();

  @Option(names = "--conllu", paramLabel = "F", description = "Ad hoc: a CoNLL-U file (tagging).")
  Path conllu;

  @Option(names = "--conll", paramLabel = "F", description = "Ad hoc: a CoNLL column file (tagging; default columns 0 and 1).")
  Path conll;

  @Option(names = "--parallel", arity = "2", paramLabel = "FILE", description = "Ad hoc: PREFIX.SRC PREFIX.TGT, two aligned text files in one directory.")
  List<Path> parallel;

  @Option(names = "--tsv", paramLabel = "F", description = "Ad hoc: a tab-separated pair file (default columns 0 and 1).")
  Path tsv;

  @Option(names = "--column", paramLabel = "upos|xpos", description = "Ad hoc CoNLL-U: tag column (default upos).")
  String column;

  @Option(names = "--scheme", paramLabel = "iob1|iob2|bioes", description = "Ad hoc CoNLL: tag scheme of the file (default iob2).")
  String scheme;

  @Option(names = "--tokenizer", paramLabel = "NAME", description = "Ad hoc parallel/TSV: tokenizer (default whitespace).")
  String tokenizer;

  @Override
  public Integer call() throws Exception {
    Recipe r = buildRecipe();
    Path workDir = Path.of("").toAbsolutePath();
    PreparedCorpus corpus = CorpusPreparation.prepare(r, workDir, out, TerminalDetection.progress());
    spec.commandLine().getOut().print(PreparationSummary.render(corpus.stats()));
    spec.commandLine().getOut().println("Wrote " + corpus.files().size() + " files to " + out);
    spec.commandLine().getOut().flush();
    return 0;
  }

  private Recipe buildRecipe() {
    int inputs = (recipe != null ? 1 : 0) + (conllu != null ? 1 : 0) + (conll != null ? 1 : 0)
        + (parallel != null ? 1 : 0) + (tsv != null ? 1 : 0);
    if (inputs != 1) {
      throw new CommandLine.ParameterException(spec.commandLine(),
          "give exactly one of --recipe, --conllu, --conll, --parallel, --tsv");
    }
    if (recipe != null) {
      return RecipeLoader.load(recipe, sets);
    }
    List<String> adhoc = new ArrayList<>();
    Path input;
    if (conllu != null || conll != null) {
      input = conllu != null ? conllu : conll;
      adhoc.add("task=tagging");
      adhoc.add("data.format=" + (conllu != null ? "conllu" : "conll"));
      addIf(adhoc, "data.column", column);
      addIf(adhoc, "data.scheme", scheme);
    } else {
      adhoc.add("task=translation");
      if (tsv != null) {
        input = tsv;
        adhoc.add("data.format=tsv");
      } else {
        input = parallelPrefix(adhoc);
      }
      addIf(adhoc, "prepare.tokenizer", tokenizer);
    }
    Path dir = input.toAbsolutePath().getParent();
    adhoc.add("name=" + input.getFileName().toString().replaceAll("[^A-Za-z0-9._-]", "_").replaceFirst("^\\.", "_"));
    adhoc.add("data.dir=" + dir);
    if (parallel == null) {
      adhoc.add("data.train=" + input.getFileName());
    }
    adhoc.add("stages=[prepare]");
    adhoc.addAll(sets);
    return RecipeLoader.fromOverrides("seq4j prepare", adhoc);
  }

  private Path parallelPrefix(List<String> adhoc) {
    Path src = parallel.get(0).toAbsolutePath();
    Path tgt = parallel.get(1).toAbsolutePath();
    String s = src.getFileName().toString();
    String t = tgt.getFileName().toString();
    int sd = s.lastIndexOf('.');
    int td = t.lastIndexOf('.');
    if (sd <= 0 || td <= 0 || !s.substring(0, sd).equals(t.substring(0, td))
        || !src.getParent().equals(tgt.getParent())) {
      throw new CommandLine.ParameterException(spec.commandLine(),
          "--parallel expects PREFIX.SRC PREFIX.TGT in one directory (e.g. train.de train.en), got " + s + " " + t);
    }
    adhoc.add("data.format=parallel");
    adhoc.add("data.train=" + s.substring(0, sd));
    adhoc.add("data.source_lang=" + s.substring(sd + 1));
    adhoc.add("data.target_lang=" + t.substring(td + 1));
    return src;
  }

  private static void addIf(List<String> sets, String key, String value) {
    if (value != null) {
      sets.add(key + "=" + value);
    }
  }
}

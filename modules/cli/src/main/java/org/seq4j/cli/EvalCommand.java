package org.seq4j.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code seq4j eval}: scoring commands (bleu, chrf, tags, compare). */
@Command(
    name = "eval",
    mixinStandardHelpOptions = true,
    description = "Score system output: BLEU/chrF (sacreBLEU-compatible), tagging (conlleval-compatible), paired bootstrap.",
    subcommands = {EvalBleuCommand.class, EvalChrfCommand.class, EvalTagsCommand.class, EvalCompareCommand.class})
final class EvalCommand implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}

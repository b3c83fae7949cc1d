package org.seq4j.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code seq4j embed}: word2vec training, vector coverage and nearest neighbours. */
@Command(
    name = "embed",
    mixinStandardHelpOptions = true,
    description = "Word vectors: train word2vec on text, check coverage of a vocabulary, look up nearest neighbours.",
    subcommands = {EmbedTrainCommand.class, EmbedCoverageCommand.class, EmbedNeighboursCommand.class})
final class EmbedCommand implements Runnable {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(),
        "Missing subcommand: expected train, coverage or neighbours");
  }
}

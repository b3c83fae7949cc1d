package org.seq4j.cli;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import org.seq4j.corpus.BadInputException;
import org.seq4j.eval.EvalInputException;
import org.seq4j.nn.backend.BlasLibrary;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Entry point of the {@code seq4j} command line. This is the only class in seq4j that calls
 * {@link System#exit}: exit code 0 on success, 2 on bad usage or bad input (a one-line message
 * naming file, line and what was expected), 1 on internal failure. Stack traces are printed only
 * with {@code --verbose}.
 */
@Command(
    name = "seq4j",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Recurrent sequence models: corpus preparation, training, evaluation and reports.",
    subcommands = {
      CommandLine.HelpCommand.class,
      PrepareCommand.class,
      RunCommand.class,
      EvalCommand.class,
      ReportCommand.class,
      BenchCommand.class,
      TagCommand.class,
      TranslateCommand.class,
      EmbedCommand.class
    })
public final class Seq4j implements Runnable {

  /** Exit code for bad usage or bad input. */
  public static final int EXIT_BAD_INPUT = 2;
  /** Exit code for an internal failure. */
  public static final int EXIT_INTERNAL = 1;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Option(
      names = "--verbose",
      scope = CommandLine.ScopeType.INHERIT,
      description = "Print stack traces for errors.")
  boolean verbose;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** Builds the command line with seq4j's error handling; used by {@link #main} and by tests. */
  public static CommandLine commandLine() {
    Seq4j root = new Seq4j();
    CommandLine cl = new CommandLine(root);
    cl.setExecutionExceptionHandler(
        (ex, cmd, parseResult) -> {
          PrintWriter err = cmd.getErr();
          boolean userError = isUserError(ex);
          err.println("seq4j: " + (ex.getMessage() == null ? ex.toString() : ex.getMessage()));
          if (root.verbose) {
            ex.printStackTrace(err);
          } else if (!userError) {
            err.println("seq4j: internal error; run again with --verbose for the stack trace");
          }
          err.flush();
          return userError ? EXIT_BAD_INPUT : EXIT_INTERNAL;
        });
    return cl;
  }

  static boolean isUserError(Throwable ex) {
    return ex instanceof BadInputException
        || ex instanceof EvalInputException
        || ex instanceof CommandLine.ParameterException;
  }

  public static void main(String[] args) {
    BlasLibrary.selectFromEnvironment(); // before anything loads ND4J (seq4j.openblas / SEQ4J_OPENBLAS)
    CommandLine cl = commandLine();
    // Java 17 writes standard output in the platform charset (ASCII under LANG=C); seq4j writes UTF-8.
    cl.setOut(new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true));
    System.exit(cl.execute(args));
  }
}

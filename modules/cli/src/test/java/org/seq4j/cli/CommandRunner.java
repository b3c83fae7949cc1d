package org.seq4j.cli;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;

/** Runs {@code seq4j} commands in-process with captured output and, optionally, standard input. */
final class CommandRunner {

  record Result(int exitCode, String out, String err) {}

  private CommandRunner() {}

  static Result run(String... args) {
    return runWithStdin((byte[]) null, args);
  }

  static Result runWithStdin(String stdin, String... args) {
    return runWithStdin(stdin.getBytes(StandardCharsets.UTF_8), args);
  }

  static Result runWithStdin(byte[] stdin, String... args) {
    CommandLine cl = Seq4j.commandLine();
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    cl.setOut(new PrintWriter(out, true));
    cl.setErr(new PrintWriter(err, true));
    if (stdin != null) {
      Object command = cl.getSubcommands().get(args[0]).getCommand();
      if (command instanceof TagCommand tag) {
        tag.stdin = new ByteArrayInputStream(stdin);
      } else if (command instanceof TranslateCommand translate) {
        translate.stdin = new ByteArrayInputStream(stdin);
      } else {
        throw new IllegalArgumentException(args[0] + " does not read standard input");
      }
    }
    int code = cl.execute(args);
    return new Result(code, out.toString(), err.toString());
  }
}

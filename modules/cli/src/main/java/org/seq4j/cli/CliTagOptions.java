package org.seq4j.cli;

import java.nio.file.Path;
import java.util.Optional;
import java.util.OptionalInt;
import org.seq4j.eval.tagging.TagEvaluationOptions;
import org.seq4j.eval.tagging.TagFileFormat;
import org.seq4j.eval.tagging.TagScheme;
import picocli.CommandLine;

/**
 * Turns the tag-file options shared by {@code eval tags} and {@code eval compare} into {@link
 * TagEvaluationOptions}, reporting invalid values as usage errors (exit code 2).
 */
final class CliTagOptions {

  private static final String CONLLU_EXTENSION = ".conllu";

  private CliTagOptions() {}

  static TagEvaluationOptions parse(
      CommandLine.Model.CommandSpec spec,
      Path gold,
      String format,
      Integer column,
      String scheme,
      boolean strict,
      boolean conllevalRaw) {
    CommandLine cl = spec.commandLine();
    TagFileFormat fileFormat;
    if (format == null) {
      fileFormat = gold.getFileName() != null && gold.getFileName().toString().endsWith(CONLLU_EXTENSION)
          ? TagFileFormat.CONLLU : TagFileFormat.CONLL;
    } else {
      fileFormat = TagFileFormat.fromName(format).orElseThrow(() -> new CommandLine.ParameterException(
          cl, "Invalid value '" + format + "' for --format: expected " + TagFileFormat.validNames()));
    }
    if (column != null && column < 1) {
      throw new CommandLine.ParameterException(cl, "Invalid value " + column + " for --column: expected a 1-based column number >= 1");
    }
    Optional<TagScheme> tagScheme = Optional.empty();
    if (scheme != null) {
      tagScheme = Optional.of(TagScheme.fromName(scheme).orElseThrow(() -> new CommandLine.ParameterException(
          cl, "Unknown tag scheme '" + scheme + "' for --scheme: expected " + TagScheme.validNames())));
    }
    if (conllevalRaw && (tagScheme.isPresent() || strict)) {
      throw new CommandLine.ParameterException(cl, "--conlleval-raw cannot be combined with --scheme or --strict");
    }
    return new TagEvaluationOptions(fileFormat,
        column == null ? OptionalInt.empty() : OptionalInt.of(column), tagScheme, strict, conllevalRaw);
  }
}

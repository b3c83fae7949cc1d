package org.seq4j.cli;

import java.nio.file.Path;
import java.util.List;
import org.seq4j.eval.io.HypothesisReferenceFiles;
import org.seq4j.eval.text.TextSegment;
import picocli.CommandLine.Option;

/**
 * The options {@code eval bleu} and {@code eval chrf} share, as sacreBLEU's CLI shares them: the
 * hypothesis and reference files, sentence-level scoring and the output form. A picocli mixin, so
 * each option is declared once.
 */
final class TextScoringOptions {

  @Option(names = "--hyp", required = true, paramLabel = "FILE", description = "Hypotheses, one per line (UTF-8).")
  Path hypothesisFile;

  @Option(names = "--ref", required = true, paramLabel = "FILE", description = "References, one per line; repeat for several references.")
  List<Path> referenceFiles;

  @Option(names = "--sentence-level", description = "Score every segment on its own.")
  boolean sentenceLevel;

  @Option(names = "--json", description = "Print JSON instead of sacreBLEU's text line.")
  boolean json;

  @Option(names = "--width", paramLabel = "N", defaultValue = "1", description = "Decimals of the score in the text line (default: ${DEFAULT-VALUE}).")
  int width;

  @Option(names = "--short", description = "Print the short form of the signature.")
  boolean shortSignature;

  /** Reads and checks the files (equal line counts, strict UTF-8) and pairs hypotheses with references. */
  List<TextSegment> readSegments() {
    HypothesisReferenceFiles files = HypothesisReferenceFiles.read(hypothesisFile, referenceFiles);
    return TextSegment.zip(files.hypotheses(), files.referenceStreams());
  }

  int referenceCount() {
    return referenceFiles.size();
  }
}

package org.seq4j.eval.io;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.seq4j.eval.EvalInputException;

/**
 * A hypothesis file and one or more reference files read together, line i of each being segment
 * i, as sacreBLEU's command line reads them.
 *
 * <p>Every file is read with {@link Utf8LineReader} (strict UTF-8, empty or missing files
 * rejected), and all must have the same number of lines. When they differ, the error names the
 * shorter file and its last line, where the other file still goes on; an empty line in a
 * reference file is a real, empty reference.
 *
 * @param hypothesisFile the file the hypotheses came from
 * @param hypotheses the hypothesis lines (unmodifiable)
 * @param referenceFiles the reference files, in order
 * @param referenceStreams {@code referenceStreams.get(k).get(i)}: line i of reference file k
 */
public record HypothesisReferenceFiles(
    Path hypothesisFile,
    List<String> hypotheses,
    List<Path> referenceFiles,
    List<List<String>> referenceStreams) {

  public HypothesisReferenceFiles {
    hypotheses = List.copyOf(hypotheses);
    referenceFiles = List.copyOf(referenceFiles);
    List<List<String>> streams = new ArrayList<>();
    for (List<String> stream : referenceStreams) {
      streams.add(List.copyOf(stream));
    }
    referenceStreams = Collections.unmodifiableList(streams);
  }

  /**
   * Reads and checks the files.
   *
   * @throws EvalInputException if a file is missing, empty or not UTF-8, or the line counts differ
   */
  public static HypothesisReferenceFiles read(Path hypothesisFile, List<Path> referenceFiles) {
    if (referenceFiles.isEmpty()) {
      throw new IllegalArgumentException("at least one reference file is required");
    }
    List<String> hypotheses = Utf8LineReader.readLines(hypothesisFile);
    List<List<String>> streams = new ArrayList<>(referenceFiles.size());
    for (Path referenceFile : referenceFiles) {
      List<String> references = Utf8LineReader.readLines(referenceFile);
      checkSameLength(hypothesisFile, hypotheses.size(), referenceFile, references.size());
      streams.add(references);
    }
    return new HypothesisReferenceFiles(hypothesisFile, hypotheses, referenceFiles, streams);
  }

  private static void checkSameLength(Path hypFile, int hypLines, Path refFile, int refLines) {
    if (hypLines == refLines) {
      return;
    }
    boolean hypShorter = hypLines < refLines;
    Path shorter = hypShorter ? hypFile : refFile;
    Path longer = hypShorter ? refFile : hypFile;
    int shortLines = Math.min(hypLines, refLines);
    int longLines = Math.max(hypLines, refLines);
    throw new EvalInputException(
        shorter.toString(),
        shortLines,
        String.format(
            "%s ends after line %d but %s %s has %d lines; expected one %s line per %s line",
            hypShorter ? "hypothesis file" : "reference file",
            shortLines,
            hypShorter ? "reference file" : "hypothesis file",
            longer,
            longLines,
            hypShorter ? "hypothesis" : "reference",
            hypShorter ? "reference" : "hypothesis"));
  }
}

package org.seq4j.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import org.seq4j.corpus.BadInputException;
import org.seq4j.embeddings.VectorFormat;
import org.seq4j.embeddings.WordVectors;
import org.seq4j.embeddings.WordVectorsReader;
import picocli.CommandLine;

/**
 * Vector file formats for the {@code embed} commands: an explicit {@code --format} name, else the
 * file decides. Reading: {@code *.bin} is word2vec binary; a text file whose first line is two
 * integers ({@code <count> <dimension>}) is word2vec text, anything else GloVe text. Writing:
 * {@code *.bin} is word2vec binary, anything else word2vec text.
 */
final class VectorFiles {

  private static final String BINARY_EXTENSION = ".bin";
  private static final int MAX_HEADER_BYTES = 256;
  private static final String HEADER = "\\d+ \\d+";

  private VectorFiles() {}

  /** The format named by {@code name}, as a usage error naming {@code option} if invalid. */
  static VectorFormat parse(String name, String option, CommandLine cl) {
    for (VectorFormat format : VectorFormat.values()) {
      if (format.shortName().equalsIgnoreCase(name)) {
        return format;
      }
    }
    throw new CommandLine.ParameterException(cl, "Invalid value '" + name + "' for " + option + ": expected "
        + Arrays.stream(VectorFormat.values()).map(VectorFormat::shortName).collect(Collectors.joining("|")));
  }

  static VectorFormat forWriting(Path file) {
    return isBinaryName(file) ? VectorFormat.WORD2VEC_BINARY : VectorFormat.WORD2VEC_TEXT;
  }

  static VectorFormat forReading(Path file) throws IOException {
    if (isBinaryName(file)) {
      return VectorFormat.WORD2VEC_BINARY;
    }
    byte[] start;
    try (InputStream in = Files.newInputStream(file)) {
      start = in.readNBytes(MAX_HEADER_BYTES);
    } catch (NoSuchFileException e) {
      throw new BadInputException(file, BadInputException.NO_LINE, "file not found", e);
    }
    String text = new String(start, StandardCharsets.UTF_8);
    int end = text.indexOf('\n');
    String first = (end < 0 ? text : text.substring(0, end)).strip();
    return first.matches(HEADER) ? VectorFormat.WORD2VEC_TEXT : VectorFormat.GLOVE_TEXT;
  }

  /** Reads vectors in {@code format}, or the detected format when it is null. */
  static WordVectors read(Path file, VectorFormat format) throws IOException {
    if (Files.isDirectory(file)) {
      throw new BadInputException(file, BadInputException.NO_LINE, "is a directory, expected a vector file");
    }
    return WordVectorsReader.read(file, format != null ? format : forReading(file));
  }

  private static boolean isBinaryName(Path file) {
    Path name = file.getFileName();
    return name != null && name.toString().toLowerCase(Locale.ROOT).endsWith(BINARY_EXTENSION);
  }
}

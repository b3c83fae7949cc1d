package org.seq4j.embeddings;

import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.seq4j.corpus.BadInputException;

/**
 * Reads word2vec (text and binary) and GloVe vector files into {@link WordVectors}. Text is decoded
 * as strict UTF-8. Every malformed line is a {@link BadInputException} naming the file and line (for
 * binary files: the record number), never a silently skipped word.
 *
 * <p>GloVe lines are parsed from the right: the last {@code D} fields are the numbers and the rest
 * is the word, because some published GloVe vocabularies contain words with spaces.
 */
public final class WordVectorsReader {
  private static final int BUFFER = 1 << 16;

  private WordVectorsReader() {}

  public static WordVectors read(Path file, VectorFormat format) throws IOException {
    try (InputStream in = new BufferedInputStream(Files.newInputStream(file), BUFFER)) {
      return switch (format) {
        case WORD2VEC_TEXT -> readText(file, in, true);
        case GLOVE_TEXT -> readText(file, in, false);
        case WORD2VEC_BINARY -> readBinary(file, in);
      };
    } catch (NoSuchFileException e) {
      throw new BadInputException(file, BadInputException.NO_LINE, "file not found");
    }
  }

  private static WordVectors readText(Path file, InputStream in, boolean header) throws IOException {
    BufferedReader r =
        new BufferedReader(
            new InputStreamReader(
                in,
                StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)),
            BUFFER);
    List<String> words = new ArrayList<>();
    FloatBuffer values = new FloatBuffer();
    int dim = -1;
    int expectedCount = -1;
    long lineNo = 0;
    String line;
    while (true) {
      try {
        line = r.readLine();
      } catch (CharacterCodingException e) {
        throw new BadInputException(file, lineNo + 1, "invalid UTF-8");
      }
      if (line == null) {
        break;
      }
      lineNo++;
      String[] f = line.strip().split(" ");
      if (header && lineNo == 1) {
        if (f.length != 2) {
          throw new BadInputException(file, lineNo, "expected a word2vec header '<count> <dimension>'");
        }
        expectedCount = parseInt(file, lineNo, f[0]);
        dim = parseInt(file, lineNo, f[1]);
        continue;
      }
      if (line.isBlank()) {
        continue;
      }
      if (dim < 0) {
        dim = trailingNumbers(f);
      }
      if (f.length < dim + 1 || dim <= 0) {
        throw new BadInputException(
            file, lineNo, "expected a word and " + dim + " numbers, found " + f.length + " fields");
      }
      int wordFields = f.length - dim;
      if (header && wordFields != 1) {
        throw new BadInputException(
            file, lineNo, "expected a word and " + dim + " numbers, found " + f.length + " fields");
      }
      words.add(wordFields == 1 ? f[0] : String.join(" ", java.util.Arrays.copyOf(f, wordFields)));
      for (int d = 0; d < dim; d++) {
        values.add(parseFloat(file, lineNo, f[wordFields + d]));
      }
    }
    if (dim <= 0) {
      throw new BadInputException(file, BadInputException.NO_LINE, "no vectors in file");
    }
    if (expectedCount >= 0 && expectedCount != words.size()) {
      throw new BadInputException(
          file, 1, "header says " + expectedCount + " words, file has " + words.size());
    }
    return new WordVectors(words, values.toArray(), dim);
  }

  private static WordVectors readBinary(Path file, InputStream raw) throws IOException {
    DataInputStream in = new DataInputStream(raw);
    String[] header = readUntil(in, (byte) '\n').strip().split(" ");
    if (header.length != 2) {
      throw new BadInputException(file, 1, "expected a word2vec header '<count> <dimension>'");
    }
    int count = parseInt(file, 1, header[0]);
    int dim = parseInt(file, 1, header[1]);
    List<String> words = new ArrayList<>(count);
    float[] values = new float[Math.multiplyExact(count, dim)];
    byte[] vec = new byte[dim * Float.BYTES];
    ByteBuffer bb = ByteBuffer.wrap(vec).order(ByteOrder.LITTLE_ENDIAN);
    for (int w = 0; w < count; w++) {
      String word;
      try {
        word = readUntil(in, (byte) ' ').strip();
        in.readFully(vec);
      } catch (EOFException e) {
        throw new BadInputException(
            file, BadInputException.NO_LINE, "file ends in record " + (w + 1) + " of " + count);
      }
      words.add(word);
      bb.rewind();
      bb.asFloatBuffer().get(values, w * dim, dim);
    }
    return new WordVectors(words, values, dim);
  }

  /** Reads bytes up to (excluding) the delimiter and decodes them as UTF-8. */
  private static String readUntil(DataInputStream in, byte delimiter) throws IOException {
    ByteArrayOutputStream buf = new ByteArrayOutputStream();
    while (true) {
      int b = in.read();
      if (b < 0) {
        if (buf.size() == 0) {
          throw new EOFException();
        }
        break;
      }
      if (b == delimiter) {
        break;
      }
      buf.write(b);
    }
    return buf.toString(StandardCharsets.UTF_8);
  }

  /**
   * The vector length of a header-less (GloVe) file, from its first line: the number of trailing
   * fields that parse as numbers, leaving at least one field for the word.
   */
  private static int trailingNumbers(String[] fields) {
    int n = 0;
    for (int i = fields.length - 1; i > 0; i--) {
      try {
        Float.parseFloat(fields[i]);
        n++;
      } catch (NumberFormatException e) {
        break;
      }
    }
    return n;
  }

  private static int parseInt(Path file, long line, String s) {
    try {
      return Integer.parseInt(s);
    } catch (NumberFormatException e) {
      throw new BadInputException(file, line, "expected an integer, found '" + s + "'");
    }
  }

  private static float parseFloat(Path file, long line, String s) {
    try {
      return Float.parseFloat(s);
    } catch (NumberFormatException e) {
      throw new BadInputException(file, line, "expected a number, found '" + s + "'");
    }
  }

  /** A growable float array (avoids boxing a Float per value). */
  private static final class FloatBuffer {
    private float[] data = new float[1024];
    private int size;

    void add(float v) {
      if (size == data.length) {
        data = java.util.Arrays.copyOf(data, size * 2);
      }
      data[size++] = v;
    }

    float[] toArray() {
      return java.util.Arrays.copyOf(data, size);
    }
  }
}

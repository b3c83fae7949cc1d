package org.seq4j.embeddings;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.seq4j.corpus.AtomicFiles;

/**
 * Writes {@link WordVectors} in any {@link VectorFormat}, atomically (temp file + rename). Floats
 * in text formats use {@link Float#toString}, the shortest decimal that reads back to the same
 * float, so text round trips are exact.
 */
public final class WordVectorsWriter {
  private WordVectorsWriter() {}

  public static void write(WordVectors vectors, Path file, VectorFormat format) throws IOException {
    AtomicFiles.write(
        file,
        raw -> {
          OutputStream out = new BufferedOutputStream(raw, 1 << 16);
          switch (format) {
            case WORD2VEC_TEXT -> writeText(vectors, out, true);
            case GLOVE_TEXT -> writeText(vectors, out, false);
            case WORD2VEC_BINARY -> writeBinary(vectors, out);
            default -> throw new AssertionError(format);
          }
          out.flush();
        });
  }

  private static void writeText(WordVectors v, OutputStream out, boolean header) throws IOException {
    StringBuilder sb = new StringBuilder();
    if (header) {
      sb.append(v.size()).append(' ').append(v.dimension()).append('\n');
    }
    float[] row = new float[v.dimension()];
    for (int i = 0; i < v.size(); i++) {
      sb.append(v.words().get(i));
      v.copyRow(i, row, 0);
      for (float x : row) {
        sb.append(' ').append(x);
      }
      sb.append('\n');
      out.write(sb.toString().getBytes(StandardCharsets.UTF_8));
      sb.setLength(0);
    }
  }

  private static void writeBinary(WordVectors v, OutputStream out) throws IOException {
    out.write((v.size() + " " + v.dimension() + "\n").getBytes(StandardCharsets.UTF_8));
    float[] row = new float[v.dimension()];
    ByteBuffer bb = ByteBuffer.allocate(v.dimension() * Float.BYTES).order(ByteOrder.LITTLE_ENDIAN);
    for (int i = 0; i < v.size(); i++) {
      out.write(v.words().get(i).getBytes(StandardCharsets.UTF_8));
      out.write(' ');
      v.copyRow(i, row, 0);
      bb.clear();
      bb.asFloatBuffer().put(row);
      out.write(bb.array());
      out.write('\n');
    }
  }
}

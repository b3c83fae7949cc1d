package org.seq4j.eval.text;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Loads the sacreBLEU 2.6.0 reference values ({@code eval-vectors/bleu.json}, copied from
 * /work/shared/eval-vectors into the test resources so the tests run anywhere).
 */
public final class SacreBleuVectors {

  public static final String RESOURCE = "/eval-vectors/bleu.json";

  private SacreBleuVectors() {}

  /** The {@code cases} array. */
  public static List<JsonNode> cases() {
    try (InputStream in = SacreBleuVectors.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("test resource " + RESOURCE + " is missing");
      }
      JsonNode root = new ObjectMapper().readTree(in);
      List<JsonNode> cases = new ArrayList<>();
      root.get("cases").forEach(cases::add);
      return cases;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The case's segments: {@code refs[k][i]} is reference k of segment i ({@code null} allowed). */
  public static List<TextSegment> segments(JsonNode c) {
    List<String> hyps = strings(c.get("hyps"));
    List<List<String>> streams = new ArrayList<>();
    c.get("refs").forEach(stream -> streams.add(strings(stream)));
    return TextSegment.zip(hyps, streams);
  }

  /** A JSON array of strings (JSON null becomes Java null). */
  public static List<String> strings(JsonNode array) {
    List<String> out = new ArrayList<>();
    array.forEach(n -> out.add(n.isNull() ? null : n.asText()));
    return out;
  }

  public static long[] longs(JsonNode array) {
    long[] out = new long[array.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = array.get(i).asLong();
    }
    return out;
  }

  public static double[] doubles(JsonNode array) {
    double[] out = new double[array.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = array.get(i).asDouble();
    }
    return out;
  }
}

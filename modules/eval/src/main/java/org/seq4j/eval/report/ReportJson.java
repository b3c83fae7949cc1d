package org.seq4j.eval.report;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.seq4j.eval.EvalInputException;

/**
 * Reads and writes {@code report.json}.
 *
 * <p>Field names are snake_case (the JSON contract other tools read: {@code metrics.test.bleu},
 * {@code timing.stage_seconds}); empty sections are left out rather than written as empty
 * objects; non-finite numbers (NaN, infinity) are written as {@code null}, because JSON has no
 * NaN and {@code null} already means "not defined" in the schema. Unknown fields are ignored when
 * reading, so a newer writer that only adds fields stays readable; the {@code schema} field must
 * name the same major version ({@value Report#SCHEMA}). Files are written atomically.
 */
public final class ReportJson {

  /** Conventional file name inside a run directory. */
  public static final String FILE_NAME = "report.json";

  private static final String SCHEMA_PREFIX = "seq4j-report/";

  private static final ObjectMapper MAPPER =
      JsonMapper.builder()
          .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
          .visibility(PropertyAccessor.ALL, JsonAutoDetect.Visibility.NONE)
          .visibility(PropertyAccessor.FIELD, JsonAutoDetect.Visibility.ANY)
          .serializationInclusion(JsonInclude.Include.NON_EMPTY)
          .enable(SerializationFeature.INDENT_OUTPUT)
          .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .addModule(new SimpleModule().addSerializer(Double.class, new FiniteDoubleSerializer()))
          .build();

  private ReportJson() {}

  /** The report as pretty-printed JSON text (ends with a newline). */
  public static String toJson(Report report) {
    try {
      return MAPPER.writeValueAsString(report) + System.lineSeparator();
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot serialise report: " + e.getOriginalMessage(), e);
    }
  }

  /** Writes {@code report} to {@code file} atomically (temp file + rename). */
  public static void write(Path file, Report report) throws IOException {
    AtomicTextFile.write(file, toJson(report));
  }

  /** Writes {@code report} as {@value #FILE_NAME} in {@code runDir}; returns the file. */
  public static Path writeToRunDir(Path runDir, Report report) throws IOException {
    Path file = runDir.resolve(FILE_NAME);
    write(file, report);
    return file;
  }

  /**
   * Reads a report file.
   *
   * @throws EvalInputException when the file is missing, not JSON, not a seq4j report of this
   *     schema version, or has a field of the wrong shape (the message names file and line)
   */
  public static Report read(Path file) {
    String text;
    try {
      text = Files.readString(file);
    } catch (NoSuchFileException e) {
      throw new EvalInputException(file.toString(), 0, "file not found (expected a seq4j report.json)");
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
    return parse(file.toString(), text);
  }

  /** Parses report JSON text; {@code source} names it in error messages. */
  public static Report parse(String source, String text) {
    try {
      JsonNode tree = MAPPER.readTree(text);
      if (tree == null || !tree.isObject()) {
        throw new EvalInputException(source, 1, "expected a JSON object with \"schema\": \"" + Report.SCHEMA + "\"");
      }
      checkSchema(source, tree.get("schema"));
      return MAPPER.readValue(text, Report.class);
    } catch (JsonProcessingException e) {
      JsonLocation where = e.getLocation();
      long line = where == null ? 0 : Math.max(0, where.getLineNr());
      throw new EvalInputException(source, line, "malformed report: " + firstLine(e.getOriginalMessage()));
    }
  }

  private static void checkSchema(String source, JsonNode schema) {
    if (schema == null || !schema.isTextual()) {
      throw new EvalInputException(source, 0, "missing \"schema\" field (expected \"" + Report.SCHEMA + "\")");
    }
    String value = schema.asText();
    if (!value.startsWith(SCHEMA_PREFIX)) {
      throw new EvalInputException(source, 0, "not a seq4j report: schema is \"" + value + "\", expected \"" + Report.SCHEMA + "\"");
    }
    if (!value.equals(Report.SCHEMA)) {
      throw new EvalInputException(source, 0, "unsupported report schema \"" + value + "\" (this seq4j reads \"" + Report.SCHEMA + "\")");
    }
  }

  private static String firstLine(String message) {
    if (message == null) {
      return "unreadable JSON";
    }
    int nl = message.indexOf('\n');
    return nl < 0 ? message : message.substring(0, nl);
  }

  /** Writes NaN and infinities as JSON null. */
  private static final class FiniteDoubleSerializer extends StdSerializer<Double> {
    private static final long serialVersionUID = 1L;

    FiniteDoubleSerializer() {
      super(Double.class);
    }

    @Override
    public void serialize(Double value, JsonGenerator gen, SerializerProvider provider) throws IOException {
      if (Double.isFinite(value)) {
        gen.writeNumber(value);
      } else {
        gen.writeNull();
      }
    }
  }
}

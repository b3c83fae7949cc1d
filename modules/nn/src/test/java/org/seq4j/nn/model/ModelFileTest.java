package org.seq4j.nn.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.seq4j.corpus.BadInputException;
import org.seq4j.corpus.vocab.Vocabulary;
import org.seq4j.corpus.vocab.VocabularyBuilder;
import org.seq4j.nn.param.Parameter;
import org.seq4j.nn.param.ParameterSet;

class ModelFileTest {

  @TempDir Path dir;

  /** Float values including the awkward ones: -0, subnormal, max, NaN with a payload. */
  private static final float[] SPECIAL_FLOATS = {
    -0.0f, Float.MIN_VALUE, Float.MAX_VALUE, Float.intBitsToFloat(0x7fc00123), 1.0f / 3, -1e-30f
  };

  static ParameterSet model(long seed) {
    ParameterSet set = new ParameterSet();
    set.add(Parameter.of("encoder.W", Nd4j.rand(Nd4j.getRandomFactory().getNewRandomInstance(seed), 3, 4)
        .castTo(DataType.FLOAT)));
    set.add(Parameter.of("encoder.b", Nd4j.createFromArray(SPECIAL_FLOATS.clone())));
    set.add(Parameter.of("crf.transitions", Nd4j.rand(Nd4j.getRandomFactory().getNewRandomInstance(seed + 1), 2, 2, 2)
        .castTo(DataType.DOUBLE)));
    return set;
  }

  private static Vocabulary words() {
    VocabularyBuilder builder = new VocabularyBuilder();
    for (String w : List.of("the", "cat", "the", "tab\there", "ünïcode")) {
      builder.add(w);
    }
    return builder.build(1, VocabularyBuilder.UNLIMITED, VocabularyBuilder.ALL_SPECIALS);
  }

  private Path writeModel(String name, ParameterSet parameters) throws IOException {
    Path file = dir.resolve(name);
    ModelWriter.of("tagger").seq4jVersion("0.1.0-test")
        .config(Map.of("hidden", 8, "cell", "lstm"))
        .manifest(Map.of("seed", 42))
        .vocabulary("words", words())
        .vocabularyText("notes", "free text\n")
        .parameters(parameters)
        .write(file);
    return file;
  }

  @Test
  void roundTripIsBitIdentical() throws IOException {
    ParameterSet original = model(1);
    Path file = writeModel("model.zip", original);
    SavedModel saved = ModelReader.read(file);
    assertEquals("tagger", saved.kind());
    assertEquals("0.1.0-test", saved.seq4jVersion());
    assertEquals(ModelFormat.VERSION, saved.formatVersion());
    assertEquals(8, saved.config().get("hidden").asInt());
    assertEquals("lstm", saved.config().get("cell").asText());
    assertEquals(42, saved.manifest().get("seed").asInt());
    assertEquals(List.of("encoder.W", "encoder.b", "crf.transitions"), List.copyOf(saved.parameters().keySet()));
    assertEquals(words().tokens(), saved.vocabulary("words").tokens());
    assertEquals(words().count(words().id("the")), saved.vocabulary("words").count(words().id("the")));
    assertEquals("free text\n", saved.vocabularies().get("notes"));

    ParameterSet fresh = model(99);
    saved.loadInto(fresh);
    for (Parameter p : original.list()) {
      INDArray loaded = fresh.get(p.name()).value();
      assertEquals(p.value().dataType(), loaded.dataType());
      assertArrayEquals(p.value().shape(), loaded.shape());
      if (p.value().dataType() == DataType.FLOAT) {
        float[] a = p.value().dup().reshape(p.length()).toFloatVector();
        float[] b = loaded.dup().reshape(p.length()).toFloatVector();
        for (int i = 0; i < a.length; i++) {
          assertEquals(Float.floatToRawIntBits(a[i]), Float.floatToRawIntBits(b[i]), p.name() + "[" + i + "]");
        }
      } else {
        double[] a = p.value().dup().reshape(p.length()).toDoubleVector();
        double[] b = loaded.dup().reshape(p.length()).toDoubleVector();
        for (int i = 0; i < a.length; i++) {
          assertEquals(Double.doubleToRawLongBits(a[i]), Double.doubleToRawLongBits(b[i]), p.name() + "[" + i + "]");
        }
      }
    }
  }

  @Test
  void writingIsReproducibleAndLeavesNoTemporaryFiles() throws IOException {
    Path a = writeModel("a.zip", model(1));
    Path b = writeModel("b.zip", model(1));
    assertArrayEquals(Files.readAllBytes(a), Files.readAllBytes(b));
    writeModel("a.zip", model(2)); // overwrite in place
    try (var files = Files.list(dir)) {
      assertEquals(2, files.count());
    }
  }

  @Test
  void rejectsFilesThatAreNotModels() throws IOException {
    Path text = dir.resolve("model.zip");
    Files.writeString(text, "hello");
    assertProblem(text, "not a seq4j model file");

    Path otherZip = zip("other.zip", Map.of("readme.txt", "hi"));
    assertProblem(otherZip, "not a seq4j model file");

    Path otherFormat = zip("format.zip", Map.of("format.json", "{\"format\": \"keras\", \"version\": 1}"));
    assertProblem(otherFormat, "not a seq4j model file");

    assertProblem(dir.resolve("absent.zip"), "no such file");
  }

  @Test
  void rejectsNewerFormatVersionWithClearMessage() throws IOException {
    Path file = zip("model.zip", Map.of("format.json",
        "{\"format\": \"seq4j-model\", \"version\": 2, \"kind\": \"tagger\"}"));
    BadInputException e = assertThrows(BadInputException.class, () -> ModelReader.read(file));
    assertEquals(file + ": format version 2 is newer than this seq4j supports (1)", e.getMessage());
  }

  @Test
  void rejectsMissingEntries() throws IOException {
    String format = "{\"format\": \"seq4j-model\", \"version\": 1, \"kind\": \"tagger\"}";
    assertProblem(zip("a.zip", Map.of("format.json", format)), "missing entry config.json");
    assertProblem(zip("b.zip", Map.of("format.json", format, "config.json", "{}", "manifest.json", "{}")),
        "missing entry parameters.bin");
    Path model = writeModel("model.zip", model(1));
    BadInputException e = assertThrows(BadInputException.class, () -> ModelReader.read(model).vocabulary("tags"));
    assertTrue(e.getMessage().contains("missing entry vocab/tags.txt"), e.getMessage());
  }

  @Test
  void rejectsCorruptParametersAndBrokenJson() throws IOException {
    Path good = writeModel("model.zip", model(1));
    byte[] parameters;
    try (var zip = new java.util.zip.ZipFile(good.toFile())) {
      parameters = zip.getInputStream(zip.getEntry("parameters.bin")).readAllBytes();
    }
    String format = "{\"format\": \"seq4j-model\", \"version\": 1, \"kind\": \"tagger\"}";
    Path truncated = dir.resolve("truncated.zip");
    writeZip(truncated, Map.of("format.json", format.getBytes(StandardCharsets.UTF_8),
        "config.json", "{}".getBytes(StandardCharsets.UTF_8), "manifest.json", "{}".getBytes(StandardCharsets.UTF_8),
        "parameters.bin", java.util.Arrays.copyOf(parameters, parameters.length - 3)));
    assertProblem(truncated, "entry parameters.bin is truncated");
    assertProblem(zip("json.zip", Map.of("format.json", format, "config.json", "{oops")),
        "entry config.json is not valid JSON");
  }

  @Test
  void loadIntoChecksNamesAndShapes() throws IOException {
    SavedModel saved = ModelReader.read(writeModel("model.zip", model(1)));

    ParameterSet wrongShape = new ParameterSet();
    wrongShape.add(Parameter.of("encoder.W", Nd4j.zeros(DataType.FLOAT, 3, 5)));
    BadInputException e = assertThrows(BadInputException.class, () -> saved.loadInto(wrongShape));
    assertTrue(e.getMessage().startsWith(saved.source() + ": "), e.getMessage());
    assertTrue(e.getMessage().contains("parameter encoder.W has shape [3, 4] but the model expects [3, 5]"),
        e.getMessage());
    assertEquals(0.0, wrongShape.get("encoder.W").value().sumNumber().doubleValue(), 0.0, "nothing copied");

    ParameterSet missing = model(1);
    missing.add(Parameter.of("decoder.W", Nd4j.zeros(DataType.FLOAT, 2)));
    e = assertThrows(BadInputException.class, () -> saved.loadInto(missing));
    assertTrue(e.getMessage().contains("parameter decoder.W is missing"), e.getMessage());

    ParameterSet fewer = new ParameterSet();
    fewer.add(Parameter.of("encoder.W", Nd4j.zeros(DataType.FLOAT, 3, 4)));
    e = assertThrows(BadInputException.class, () -> saved.loadInto(fewer));
    assertTrue(e.getMessage().contains("is not part of this model"), e.getMessage());
  }

  private static void assertProblem(Path file, String expected) {
    BadInputException e = assertThrows(BadInputException.class, () -> ModelReader.read(file));
    assertTrue(e.getMessage().startsWith(file + ": "), e.getMessage());
    assertTrue(e.getMessage().contains(expected), e.getMessage());
  }

  private Path zip(String name, Map<String, String> entries) throws IOException {
    Map<String, byte[]> bytes = new java.util.TreeMap<>();
    entries.forEach((k, v) -> bytes.put(k, v.getBytes(StandardCharsets.UTF_8)));
    Path file = dir.resolve(name);
    writeZip(file, bytes);
    return file;
  }

  private static void writeZip(Path file, Map<String, byte[]> entries) throws IOException {
    try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
      for (Map.Entry<String, byte[]> e : entries.entrySet()) {
        zip.putNextEntry(new ZipEntry(e.getKey()));
        zip.write(e.getValue());
        zip.closeEntry();
      }
    }
  }
}

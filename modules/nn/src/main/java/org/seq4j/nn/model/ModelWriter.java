package org.seq4j.nn.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.seq4j.corpus.AtomicFiles;
import org.seq4j.corpus.vocab.Vocabulary;
import org.seq4j.nn.param.Parameter;
import org.seq4j.nn.param.ParameterSet;

/**
 * Writes a model file (layout in {@link ModelFormat}). Collect the parts, then {@link #write}:
 *
 * <pre>{@code
 * ModelWriter.of("tagger").config(configMap).manifest(manifestJson)
 *     .vocabulary("words", words).vocabulary("tags", tags).parameters(model.parameters())
 *     .write(runDir.resolve("model.zip"));
 * }</pre>
 *
 * <p>Writing is atomic (temporary file, then rename: {@link AtomicFiles}), so a crash never leaves
 * a half-written model where a good one was. Every zip entry gets the same fixed timestamp, so the
 * same model always produces the same bytes (reproducible runs can compare checksums). Parameter
 * values are copied when {@link #write} runs, not when they are added.
 */
public final class ModelWriter {

  /** Zip entry timestamp: the earliest DOS date, fixed so files are byte-reproducible. */
  private static final LocalDateTime ENTRY_TIME = LocalDateTime.of(1980, 1, 1, 0, 0);
  private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private final String kind;
  private String seq4jVersion = ModelFormat.runningSeq4jVersion();
  private JsonNode config = JSON.createObjectNode();
  private JsonNode manifest = JSON.createObjectNode();
  private final Map<String, Object> vocabularies = new LinkedHashMap<>();
  private final Map<String, INDArray> parameters = new LinkedHashMap<>();

  private ModelWriter(String kind) {
    if (kind == null || kind.isBlank()) {
      throw new IllegalArgumentException("model kind must be non-empty (e.g. tagger, seq2seq)");
    }
    this.kind = kind;
  }

  /** A writer for a model of the given kind ({@code tagger}, {@code seq2seq}, ...). */
  public static ModelWriter of(String kind) {
    return new ModelWriter(kind);
  }

  /** A writer holding everything in {@code model} (e.g. to write averaged checkpoints). */
  public static ModelWriter of(SavedModel model) {
    ModelWriter writer = new ModelWriter(model.kind()).seq4jVersion(model.seq4jVersion())
        .config(model.config()).manifest(model.manifest());
    model.vocabularies().forEach(writer::vocabularyText);
    writer.parameters.putAll(model.parameters());
    return writer;
  }

  public ModelWriter seq4jVersion(String version) {
    this.seq4jVersion = Objects.requireNonNull(version, "version");
    return this;
  }

  /** The model config: a Jackson tree, a {@code Map<String, Object>} or any Jackson-serialisable object. */
  public ModelWriter config(Object config) {
    this.config = JSON.valueToTree(Objects.requireNonNull(config, "config"));
    return this;
  }

  /** The run manifest, in any form {@link #config} accepts. */
  public ModelWriter manifest(Object manifest) {
    this.manifest = JSON.valueToTree(Objects.requireNonNull(manifest, "manifest"));
    return this;
  }

  public ModelWriter vocabulary(String name, Vocabulary vocabulary) {
    putVocabulary(name, Objects.requireNonNull(vocabulary, "vocabulary"));
    return this;
  }

  /** A vocabulary already in seq4j's vocabulary text format (or any named text the model needs). */
  public ModelWriter vocabularyText(String name, String text) {
    putVocabulary(name, Objects.requireNonNull(text, "text"));
    return this;
  }

  /** All parameters of {@code set}, in its order. */
  public ModelWriter parameters(ParameterSet set) {
    for (Parameter p : set.list()) {
      parameter(p.name(), p.value());
    }
    return this;
  }

  public ModelWriter parameter(String name, INDArray value) {
    if (parameters.putIfAbsent(name, value) != null) {
      throw new IllegalArgumentException("duplicate parameter " + name);
    }
    return this;
  }

  /** Writes the zip atomically to {@code target}. */
  public void write(Path target) throws IOException {
    Map<String, String> vocabularyTexts = new LinkedHashMap<>();
    for (Map.Entry<String, Object> e : vocabularies.entrySet()) {
      Object v = e.getValue();
      vocabularyTexts.put(e.getKey(), v instanceof Vocabulary vocab ? VocabularyText.toText(vocab) : (String) v);
    }
    AtomicFiles.write(target, out -> {
      ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
      putJson(zip, ModelFormat.FORMAT_ENTRY, formatJson());
      putJson(zip, ModelFormat.CONFIG_ENTRY, config);
      putJson(zip, ModelFormat.MANIFEST_ENTRY, manifest);
      for (Map.Entry<String, String> e : vocabularyTexts.entrySet()) {
        put(zip, ModelFormat.vocabularyEntry(e.getKey()), e.getValue().getBytes(StandardCharsets.UTF_8));
      }
      zip.putNextEntry(entry(ModelFormat.PARAMETERS_ENTRY));
      DataOutputStream data = new DataOutputStream(zip);
      ParameterCodec.write(parameters, data);
      data.flush();
      zip.closeEntry();
      zip.finish();
    });
  }

  private ObjectNode formatJson() {
    ObjectNode format = JSON.createObjectNode();
    format.put(ModelFormat.FORMAT_FIELD, ModelFormat.FORMAT_NAME);
    format.put(ModelFormat.VERSION_FIELD, ModelFormat.VERSION);
    format.put(ModelFormat.KIND_FIELD, kind);
    format.put(ModelFormat.SEQ4J_VERSION_FIELD, seq4jVersion);
    return format;
  }

  private void putVocabulary(String name, Object vocabulary) {
    if (!ModelFormat.VOCABULARY_NAME.matcher(name).matches()) {
      throw new IllegalArgumentException("vocabulary name '" + name + "' must match " + ModelFormat.VOCABULARY_NAME);
    }
    if (vocabularies.putIfAbsent(name, vocabulary) != null) {
      throw new IllegalArgumentException("duplicate vocabulary " + name);
    }
  }

  private static void putJson(ZipOutputStream zip, String name, JsonNode json) throws IOException {
    put(zip, name, JSON.writeValueAsBytes(json));
  }

  private static void put(ZipOutputStream zip, String name, byte[] bytes) throws IOException {
    zip.putNextEntry(entry(name));
    zip.write(bytes);
    zip.closeEntry();
  }

  private static ZipEntry entry(String name) {
    ZipEntry entry = new ZipEntry(name);
    entry.setTimeLocal(ENTRY_TIME);
    return entry;
  }
}

package org.seq4j.nn.model;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.seq4j.corpus.BadInputException;

/**
 * Reads a model file (layout in {@link ModelFormat}). Checks come first and fail with a
 * {@link BadInputException} naming the file: not a zip or no {@code format.json} ("not a seq4j
 * model file"), a different format name, a newer format version, a missing entry, a corrupt
 * parameter entry. Shape checks against a model happen in {@link SavedModel#loadInto}.
 */
public final class ModelReader {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String NOT_A_MODEL = "not a seq4j model file";

  private ModelReader() {}

  public static SavedModel read(Path file) {
    String source = file.toString();
    if (!Files.exists(file)) {
      throw new BadInputException(source, BadInputException.NO_LINE, "no such file");
    }
    try (ZipFile zip = new ZipFile(file.toFile(), StandardCharsets.UTF_8)) {
      JsonNode format = readFormat(zip, source);
      int version = format.get(ModelFormat.VERSION_FIELD).asInt();
      JsonNode config = readJson(zip, ModelFormat.CONFIG_ENTRY, source);
      JsonNode manifest = readJson(zip, ModelFormat.MANIFEST_ENTRY, source);
      Map<String, String> vocabularies = readVocabularies(zip);
      Map<String, INDArray> parameters = readParameters(zip, source);
      return new SavedModel(source, format.path(ModelFormat.KIND_FIELD).asText(""),
          format.path(ModelFormat.SEQ4J_VERSION_FIELD).asText(""), version, config, manifest, vocabularies,
          parameters);
    } catch (ZipException e) {
      throw new BadInputException(source, BadInputException.NO_LINE, NOT_A_MODEL + " (not a zip archive)", e);
    } catch (NoSuchFileException e) {
      throw new BadInputException(source, BadInputException.NO_LINE, "no such file", e);
    } catch (IOException e) {
      throw new UncheckedIOException("reading " + source, e);
    }
  }

  private static JsonNode readFormat(ZipFile zip, String source) throws IOException {
    if (zip.getEntry(ModelFormat.FORMAT_ENTRY) == null) {
      throw new BadInputException(source, BadInputException.NO_LINE,
          NOT_A_MODEL + " (no " + ModelFormat.FORMAT_ENTRY + ")");
    }
    JsonNode format = readJson(zip, ModelFormat.FORMAT_ENTRY, source);
    if (!ModelFormat.FORMAT_NAME.equals(format.path(ModelFormat.FORMAT_FIELD).asText(null))) {
      throw new BadInputException(source, BadInputException.NO_LINE, NOT_A_MODEL + " ("
          + ModelFormat.FORMAT_ENTRY + " does not say \"" + ModelFormat.FORMAT_FIELD + "\": \""
          + ModelFormat.FORMAT_NAME + "\")");
    }
    JsonNode version = format.get(ModelFormat.VERSION_FIELD);
    if (version == null || !version.canConvertToInt() || !version.isIntegralNumber() || version.asInt() < 1) {
      throw new BadInputException(source, BadInputException.NO_LINE, "format version "
          + (version == null ? "is missing" : version + " is not a positive integer"));
    }
    if (version.asInt() > ModelFormat.VERSION) {
      throw new BadInputException(source, BadInputException.NO_LINE, "format version " + version.asInt()
          + " is newer than this seq4j supports (" + ModelFormat.VERSION + ")");
    }
    return format;
  }

  private static JsonNode readJson(ZipFile zip, String name, String source) throws IOException {
    try (InputStream in = open(zip, name, source)) {
      return JSON.readTree(in);
    } catch (JacksonException e) {
      throw new BadInputException(source, BadInputException.NO_LINE,
          "entry " + name + " is not valid JSON: " + e.getOriginalMessage(), e);
    }
  }

  private static Map<String, String> readVocabularies(ZipFile zip) throws IOException {
    Map<String, String> vocabularies = new LinkedHashMap<>();
    Enumeration<? extends ZipEntry> entries = zip.entries();
    while (entries.hasMoreElements()) {
      ZipEntry entry = entries.nextElement();
      String name = entry.getName();
      if (!entry.isDirectory() && name.startsWith(ModelFormat.VOCABULARY_DIRECTORY)
          && name.endsWith(ModelFormat.VOCABULARY_SUFFIX)) {
        String vocabularyName = name.substring(ModelFormat.VOCABULARY_DIRECTORY.length(),
            name.length() - ModelFormat.VOCABULARY_SUFFIX.length());
        try (InputStream in = zip.getInputStream(entry)) {
          vocabularies.put(vocabularyName, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
      }
    }
    return vocabularies;
  }

  private static Map<String, INDArray> readParameters(ZipFile zip, String source) throws IOException {
    try (DataInputStream in = new DataInputStream(new BufferedInputStream(
        open(zip, ModelFormat.PARAMETERS_ENTRY, source)))) {
      return ParameterCodec.read(in);
    } catch (ParameterCodec.CorruptEntryException e) {
      throw new BadInputException(source, BadInputException.NO_LINE,
          "entry " + ModelFormat.PARAMETERS_ENTRY + " " + e.getMessage(), e);
    }
  }

  private static InputStream open(ZipFile zip, String name, String source) throws IOException {
    ZipEntry entry = zip.getEntry(name);
    if (entry == null) {
      throw new BadInputException(source, BadInputException.NO_LINE, "missing entry " + name);
    }
    return zip.getInputStream(entry);
  }
}

package org.seq4j.nn.model;

import java.util.regex.Pattern;

/**
 * The model-file layout: one zip with
 *
 * <pre>
 * format.json      {"format": "seq4j-model", "version": 1, "kind": "tagger", "seq4j_version": "..."}
 * config.json      the model config (whatever the model needs to rebuild itself)
 * manifest.json    the run manifest (versions, seed, input checksums)
 * vocab/NAME.txt   vocabularies, seq4j's vocabulary text format
 * parameters.bin   every parameter by name, see {@link ParameterCodec}
 * </pre>
 *
 * <p>{@code format.json} is written first and read first, so a reader rejects a foreign or newer
 * file before touching anything else. The version increases whenever an older reader could not
 * read a newer file; readers accept every version up to their own.
 */
public final class ModelFormat {

  public static final String FORMAT_NAME = "seq4j-model";
  public static final int VERSION = 1;

  public static final String FORMAT_ENTRY = "format.json";
  public static final String CONFIG_ENTRY = "config.json";
  public static final String MANIFEST_ENTRY = "manifest.json";
  public static final String PARAMETERS_ENTRY = "parameters.bin";
  public static final String VOCABULARY_DIRECTORY = "vocab/";
  public static final String VOCABULARY_SUFFIX = ".txt";

  static final String FORMAT_FIELD = "format";
  static final String VERSION_FIELD = "version";
  static final String KIND_FIELD = "kind";
  static final String SEQ4J_VERSION_FIELD = "seq4j_version";

  /** Version recorded when the code runs from classes rather than a packaged jar. */
  public static final String DEVELOPMENT_VERSION = "dev";

  /** Vocabulary names become file names: keep them to a safe alphabet. */
  static final Pattern VOCABULARY_NAME = Pattern.compile("[A-Za-z0-9_.-]+");

  private ModelFormat() {}

  static String vocabularyEntry(String name) {
    return VOCABULARY_DIRECTORY + name + VOCABULARY_SUFFIX;
  }

  /** The version of the running seq4j, from the jar manifest, or {@link #DEVELOPMENT_VERSION}. */
  public static String runningSeq4jVersion() {
    String version = ModelFormat.class.getPackage().getImplementationVersion();
    return version == null ? DEVELOPMENT_VERSION : version;
  }
}

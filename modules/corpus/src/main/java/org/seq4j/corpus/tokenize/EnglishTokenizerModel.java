package org.seq4j.corpus.tokenize;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.Enumeration;
import java.util.Properties;
import opennlp.tools.tokenize.TokenizerModel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finds and loads the English UD-EWT tokenizer model shipped in the Maven artifact {@code
 * org.apache.opennlp:opennlp-models-tokenizer-en}.
 *
 * <p>OpenNLP model jars carry a {@code model.properties} at their root whose {@code model.name}
 * names the model file next to it. Several model jars (tokenizer, sentence detector, ...) may be on
 * the classpath at once, each with its own {@code model.properties}, so this class enumerates all
 * of them and takes the one whose model name is an English tokens model, resolving the {@code .bin}
 * relative to that same properties file. The file name carries the model version, so nothing here
 * hard-codes it.
 *
 * <p>The model is loaded once, lazily, by the class-holder idiom: {@link TokenizerModel} is
 * immutable and thread-safe after loading, so every tokenizer shares it.
 */
final class EnglishTokenizerModel {

  private static final Logger LOG = LoggerFactory.getLogger(EnglishTokenizerModel.class);

  /** Root resource that every OpenNLP model jar carries. */
  static final String PROPERTIES_RESOURCE = "model.properties";

  /** Key in {@link #PROPERTIES_RESOURCE} naming the model file. */
  static final String MODEL_NAME_KEY = "model.name";

  /** Model file names in the tokenizer jar look like {@code opennlp-en-ud-ewt-tokens-1.3-2.5.4.bin}. */
  static final String MODEL_NAME_PREFIX = "opennlp-en-ud-ewt-tokens";

  private EnglishTokenizerModel() {}

  /** The shared model, loaded on first use. */
  static TokenizerModel get() {
    return Holder.MODEL;
  }

  private static final class Holder {
    static final TokenizerModel MODEL = load();
  }

  private static TokenizerModel load() {
    ClassLoader loader = EnglishTokenizerModel.class.getClassLoader();
    try {
      Enumeration<URL> candidates = loader.getResources(PROPERTIES_RESOURCE);
      while (candidates.hasMoreElements()) {
        URL propertiesUrl = candidates.nextElement();
        String modelName = modelName(propertiesUrl);
        if (modelName != null && modelName.startsWith(MODEL_NAME_PREFIX)) {
          URL modelUrl = new URL(propertiesUrl, modelName);
          LOG.debug("Loading OpenNLP tokenizer model {}", modelUrl);
          try (InputStream in = modelUrl.openStream()) {
            return new TokenizerModel(in);
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Could not load the OpenNLP English tokenizer model", e);
    }
    throw new IllegalStateException(
        "No OpenNLP English tokenizer model ("
            + MODEL_NAME_PREFIX
            + "*.bin) on the classpath: add org.apache.opennlp:opennlp-models-tokenizer-en");
  }

  private static String modelName(URL propertiesUrl) throws IOException {
    Properties properties = new Properties();
    try (InputStream in = propertiesUrl.openStream()) {
      properties.load(in);
    }
    return properties.getProperty(MODEL_NAME_KEY);
  }
}

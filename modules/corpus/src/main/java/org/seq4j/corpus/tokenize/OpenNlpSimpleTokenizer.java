package org.seq4j.corpus.tokenize;

import java.util.List;
import opennlp.tools.tokenize.SimpleTokenizer;

/**
 * OpenNLP's rule-based {@link SimpleTokenizer}: splits wherever the character class changes
 * (letters, digits, whitespace, other), so "don't" becomes {@code don ' t}. No model needed.
 *
 * <p>Uses OpenNLP's shared {@code SimpleTokenizer.INSTANCE}, whose {@code tokenize} keeps no
 * per-call state and is therefore safe to call from many threads. This class never calls its
 * {@code setKeepNewLines} setter, so newlines count as whitespace.
 */
public final class OpenNlpSimpleTokenizer implements Tokenizer {

  /** Short name used in recipes. */
  public static final String NAME = "opennlp-simple";

  /** Stateless, so one shared instance suffices. */
  public static final OpenNlpSimpleTokenizer INSTANCE = new OpenNlpSimpleTokenizer();

  private OpenNlpSimpleTokenizer() {}

  @Override
  public List<String> tokenize(String text) {
    return List.of(SimpleTokenizer.INSTANCE.tokenize(text));
  }

  @Override
  public String name() {
    return NAME;
  }
}

package org.seq4j.eval.text;

/**
 * Turns one line into a string of space-separated tokens, as sacreBLEU's BLEU tokenizers do. The
 * tokens are the result's {@link PythonText#split(String)}. Implementations are stateless and
 * thread-safe.
 */
@FunctionalInterface
public interface TextTokenizer {

  /** The tokenized line. */
  String tokenize(String line);
}

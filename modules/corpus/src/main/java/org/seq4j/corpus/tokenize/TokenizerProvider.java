package org.seq4j.corpus.tokenize;

/**
 * Service-provider interface that lets an optional module add a tokenizer under a short name
 * without the corpus module depending on it. {@link Tokenizers#byName} looks names it does not
 * know up among the providers found by {@link java.util.ServiceLoader}; a module registers its
 * provider by listing the class in {@code
 * META-INF/services/org.seq4j.corpus.tokenize.TokenizerProvider}.
 *
 * <p>This is how the GPL-licensed CoreNLP tokenizer ({@code seq4j-corenlp}) becomes available as
 * {@code tokenizer: ptb} in a recipe while this module stays Apache-2.0: the dependency points from
 * the plugin to corpus, never back.
 *
 * <p>Implementations need a public no-argument constructor that does no real work: providers are
 * instantiated on every lookup (lookups are rare: once per recipe stage), and expensive set-up such
 * as loading a model belongs in {@link #create()}.
 */
public interface TokenizerProvider {

  /**
   * The short name recipes use, e.g. {@code ptb}. A provider that claims a built-in name ({@link
   * Tokenizers#NAMES}) is ignored, so plugins can never change what a built-in name means.
   */
  String name();

  /**
   * Creates the tokenizer. Its {@link Tokenizer#name()} should return {@link #name()}.
   *
   * @return a thread-safe tokenizer
   */
  Tokenizer create();

  /**
   * The detokenizer that turns this tokenizer's output back into text. Defaults to the English
   * rules, which suit any tokenizer that splits punctuation and clitics off words.
   */
  default Detokenizer detokenizer() {
    return EnglishDetokenizer.INSTANCE;
  }
}

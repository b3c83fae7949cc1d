package org.seq4j.corenlp;

import org.seq4j.corpus.tokenize.Tokenizer;
import org.seq4j.corpus.tokenize.TokenizerProvider;

/**
 * Makes {@link PtbTokenizer} available to recipes as {@code tokenizer: corenlp}, the same tokenizer
 * as {@code ptb} under the library's name. A separate provider rather than a list of aliases keeps
 * {@link TokenizerProvider} one name per provider, and the tokenizer reports the name it was asked
 * for, so a run's manifest records what the recipe said.
 */
public final class CoreNlpTokenizerProvider implements TokenizerProvider {

  /** Called by {@link java.util.ServiceLoader}. */
  public CoreNlpTokenizerProvider() {}

  @Override
  public String name() {
    return PtbTokenizer.CORENLP_NAME;
  }

  @Override
  public Tokenizer create() {
    return new PtbTokenizer(PtbTokenizer.CORENLP_NAME, PtbTokenizer.DEFAULT_OPTIONS);
  }
}

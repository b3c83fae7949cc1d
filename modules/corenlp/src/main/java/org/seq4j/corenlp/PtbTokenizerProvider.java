package org.seq4j.corenlp;

import org.seq4j.corpus.tokenize.Tokenizer;
import org.seq4j.corpus.tokenize.TokenizerProvider;

/** Makes {@link PtbTokenizer} available to recipes as {@code tokenizer: ptb}. */
public final class PtbTokenizerProvider implements TokenizerProvider {

  /** Called by {@link java.util.ServiceLoader}. */
  public PtbTokenizerProvider() {}

  @Override
  public String name() {
    return PtbTokenizer.NAME;
  }

  @Override
  public Tokenizer create() {
    return new PtbTokenizer(PtbTokenizer.NAME, PtbTokenizer.DEFAULT_OPTIONS);
  }
}

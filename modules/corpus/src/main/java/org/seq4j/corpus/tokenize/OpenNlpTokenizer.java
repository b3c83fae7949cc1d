package org.seq4j.corpus.tokenize;

import java.util.List;
import opennlp.tools.tokenize.TokenizerME;

/**
 * OpenNLP's learnable (maximum-entropy) tokenizer with the English UD-EWT model from {@code
 * opennlp-models-tokenizer-en}. Splits punctuation off words but keeps abbreviations whole
 * ("Mr. Smith, really." becomes {@code Mr. Smith , really .}). Trained on the surface tokens of UD
 * English-EWT, it leaves contractions such as "don't" as one token.
 *
 * <p>Thread safety: the {@link opennlp.tools.tokenize.TokenizerModel} is immutable and loaded once
 * for the whole JVM, but {@link TokenizerME} keeps per-call state (token probabilities, scratch
 * buffers) and is not thread-safe. Each thread therefore gets its own {@code TokenizerME} from a
 * {@link ThreadLocal}. This beats a new instance per call (which rebuilds the context generator on
 * every sentence) and beats a lock (which would serialise parallel corpus preparation). The
 * per-thread instances are small and share the model.
 */
public final class OpenNlpTokenizer implements Tokenizer {

  /** Short name used in recipes. */
  public static final String NAME = "opennlp";

  private final ThreadLocal<TokenizerME> perThread =
      ThreadLocal.withInitial(() -> new TokenizerME(EnglishTokenizerModel.get()));

  /** Creates a tokenizer; the shared model is loaded on first use of any instance. */
  public OpenNlpTokenizer() {}

  @Override
  public List<String> tokenize(String text) {
    return List.of(perThread.get().tokenize(text));
  }

  @Override
  public String name() {
    return NAME;
  }
}

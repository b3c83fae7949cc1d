package org.seq4j.corenlp;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.process.CoreLabelTokenFactory;
import edu.stanford.nlp.process.PTBTokenizer;
import edu.stanford.nlp.process.TokenizerFactory;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.seq4j.corpus.tokenize.Tokenizer;

/**
 * Stanford CoreNLP's rule-based Penn Treebank tokenizer ({@link PTBTokenizer}) as a seq4j {@link
 * Tokenizer}: splits punctuation off words, splits clitics ("don't" becomes {@code do n't}, "it's"
 * becomes {@code It 's}), keeps abbreviations ({@code U.S.}, {@code Mr.}) and numbers ({@code
 * 1,000.50}) whole, and needs no model files. Recipes name it {@code ptb} or {@code corenlp}.
 *
 * <p>Options default to {@value #DEFAULT_OPTIONS}, chosen so tokens are the text's own surface
 * forms, as in Universal Dependencies corpora and as seq2seq output must be to detokenize:
 *
 * <ul>
 *   <li>{@code ptb3Escaping=false}: no {@code -LRB-}/{@code -RRB-}, no {@code ``}/{@code ''}
 *       quotes, no other PTB3 rewriting. CoreNLP 4.x mostly defaults to this already, but its
 *       defaults changed between releases; spelling them out pins the output.
 *   <li>{@code normalizeSpace=true}, which must come after {@code ptb3Escaping=false} because that
 *       macro clears it: a few tokens keep an inner space (a phone number "(800) 555-1212", a
 *       fraction "1 1/2"); CoreNLP then writes it as a no-break space U+00A0, which is not {@link
 *       Character#isWhitespace whitespace}, so the {@link Tokenizer} contract (tokens never contain
 *       whitespace) holds. Whatever the options, any whitespace left inside a token is replaced the
 *       same way, and empty tokens are dropped.
 *   <li>{@code untokenizable=noneKeep}: characters the lexer does not know (e.g. control
 *       characters) are kept as tokens, silently. CoreNLP's default deletes them and logs through
 *       its own logging system; a library should neither lose text nor write to stderr.
 *   <li>{@code invertible=false}: seq4j only reads each token's word, so CoreNLP need not keep the
 *       original text and whitespace around every token.
 * </ul>
 *
 * <p>Thread safety: a {@link PTBTokenizer} holds its lexer's position and is single-use, so each
 * call makes a new one from a shared factory; the factory holds only the options and a stateless
 * {@link CoreLabelTokenFactory}. Results are immutable lists; the input is not modified.
 */
public final class PtbTokenizer implements Tokenizer {

  /** Short name used in recipes. */
  public static final String NAME = "ptb";

  /** Second short name, for recipes that name the library rather than the tokenization style. */
  public static final String CORENLP_NAME = "corenlp";

  /** CoreNLP {@code PTBTokenizer} options used unless others are given; see the class comment. */
  public static final String DEFAULT_OPTIONS =
      "invertible=false,ptb3Escaping=false,normalizeSpace=true,untokenizable=noneKeep";

  /** What CoreNLP's {@code normalizeSpace} puts for a space inside a token. */
  static final char NO_BREAK_SPACE = '\u00A0';

  private final String name;
  private final String options;
  private final TokenizerFactory<CoreLabel> factory;

  /** A tokenizer named {@value #NAME} with {@link #DEFAULT_OPTIONS}. */
  public PtbTokenizer() {
    this(NAME, DEFAULT_OPTIONS);
  }

  /**
   * A tokenizer named {@value #NAME} with the given CoreNLP options.
   *
   * @param options comma-separated {@code PTBTokenizer} options, e.g. {@code
   *     "ptb3Escaping=true,splitHyphenated=false"}; later options override earlier ones
   * @throws IllegalArgumentException if CoreNLP rejects an option
   */
  public PtbTokenizer(String options) {
    this(NAME, options);
  }

  /**
   * A tokenizer reporting the given short name.
   *
   * @param name the short name {@link #name()} returns
   * @param options comma-separated {@code PTBTokenizer} options
   * @throws IllegalArgumentException if CoreNLP rejects an option
   */
  PtbTokenizer(String name, String options) {
    this.name = Objects.requireNonNull(name, "name");
    this.options = Objects.requireNonNull(options, "options");
    this.factory = PTBTokenizer.factory(new CoreLabelTokenFactory(), options);
    checkOptions();
  }

  /** CoreNLP checks option keys only when a lexer is built, so build one now to fail early. */
  private void checkOptions() {
    try {
      factory.getTokenizer(new StringReader(""));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "Invalid CoreNLP PTBTokenizer options '" + options + "': " + e.getMessage(), e);
    }
  }

  @Override
  public List<String> tokenize(String text) {
    edu.stanford.nlp.process.Tokenizer<CoreLabel> lexer =
        factory.getTokenizer(new StringReader(text));
    List<String> tokens = new ArrayList<>();
    while (lexer.hasNext()) {
      String word = withoutWhitespace(lexer.next().word());
      if (!word.isEmpty()) {
        tokens.add(word);
      }
    }
    return List.copyOf(tokens);
  }

  private static String withoutWhitespace(String word) {
    StringBuilder cleaned = null;
    for (int i = 0; i < word.length(); i++) {
      if (Character.isWhitespace(word.charAt(i))) {
        if (cleaned == null) {
          cleaned = new StringBuilder(word);
        }
        cleaned.setCharAt(i, NO_BREAK_SPACE);
      }
    }
    return cleaned == null ? word : cleaned.toString();
  }

  @Override
  public String name() {
    return name;
  }

  /** The CoreNLP options this tokenizer was built with. */
  public String options() {
    return options;
  }

  @Override
  public String toString() {
    return "PtbTokenizer[" + name + ", " + options + "]";
  }
}

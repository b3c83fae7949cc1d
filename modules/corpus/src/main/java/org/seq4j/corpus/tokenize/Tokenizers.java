package org.seq4j.corpus.tokenize;

import java.util.List;
import java.util.Optional;

/**
 * Looks tokenizers and their matching detokenizers up by the short names recipes use: {@code
 * whitespace}, {@code opennlp}, {@code opennlp-simple}, {@code char}. Any other name is looked up
 * among the {@link TokenizerProvider} plugins on the classpath ({@link TokenizerProviders}).
 */
public final class Tokenizers {

  /** Every valid tokenizer name, in the order error messages list them. */
  public static final List<String> NAMES =
      List.of(
          WhitespaceTokenizer.NAME,
          OpenNlpTokenizer.NAME,
          OpenNlpSimpleTokenizer.NAME,
          CharacterTokenizer.NAME);

  private Tokenizers() {}

  /**
   * The tokenizer with this short name.
   *
   * @throws IllegalArgumentException for an unknown name; the message lists the valid names
   */
  public static Tokenizer byName(String name) {
    Optional<TokenizerProvider> plugin = TokenizerProviders.find(name);
    if (plugin.isPresent()) {
      return plugin.get().create();
    }
    return switch (checked(name)) {
      case WhitespaceTokenizer.NAME -> WhitespaceTokenizer.INSTANCE;
      case OpenNlpTokenizer.NAME -> new OpenNlpTokenizer();
      case OpenNlpSimpleTokenizer.NAME -> OpenNlpSimpleTokenizer.INSTANCE;
      default -> CharacterTokenizer.INSTANCE;
    };
  }

  /**
   * The detokenizer that turns output of the named tokenizer back into text: space joining for
   * {@code whitespace}, English rules for the OpenNLP tokenizers, concatenation for {@code char}.
   *
   * @throws IllegalArgumentException for an unknown name; the message lists the valid names
   */
  public static Detokenizer detokenizerFor(String name) {
    Optional<TokenizerProvider> plugin = TokenizerProviders.find(name);
    if (plugin.isPresent()) {
      return plugin.get().detokenizer();
    }
    return switch (checked(name)) {
      case WhitespaceTokenizer.NAME -> SpaceJoiningDetokenizer.INSTANCE;
      case CharacterTokenizer.NAME -> CharacterDetokenizer.INSTANCE;
      default -> EnglishDetokenizer.INSTANCE;
    };
  }

  private static String checked(String name) {
    if (name == null || !NAMES.contains(name)) {
      throw new IllegalArgumentException(
          "Invalid tokenizer '" + name + "': expected "
              + String.join("|", TokenizerProviders.allNames()));
    }
    return name;
  }
}

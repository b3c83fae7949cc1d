package org.seq4j.corpus.tokenize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Plugin discovery, with three test providers registered in this module's test resources: {@code
 * test-upper} (valid), a second {@code test-upper} (a duplicate, ignored) and one claiming the
 * built-in name {@code char} (ignored).
 */
class TokenizerProvidersTest {

  /** Whitespace tokenizer that upper-cases, so its tokens show it was the one used. */
  public static final class UpperCaseProvider implements TokenizerProvider {
    static final String NAME = "test-upper";

    @Override
    public String name() {
      return NAME;
    }

    @Override
    public Tokenizer create() {
      return new Tokenizer() {
        @Override
        public List<String> tokenize(String text) {
          return WhitespaceTokenizer.INSTANCE.tokenize(text.toUpperCase(Locale.ROOT));
        }

        @Override
        public String name() {
          return NAME;
        }
      };
    }

    @Override
    public Detokenizer detokenizer() {
      return SpaceJoiningDetokenizer.INSTANCE;
    }
  }

  /** Claims a name that is already taken by {@link UpperCaseProvider}. */
  public static final class DuplicateProvider implements TokenizerProvider {
    @Override
    public String name() {
      return UpperCaseProvider.NAME;
    }

    @Override
    public Tokenizer create() {
      throw new AssertionError("a duplicate provider must never be used");
    }
  }

  /** Claims a built-in name. */
  public static final class BuiltInNameProvider implements TokenizerProvider {
    @Override
    public String name() {
      return CharacterTokenizer.NAME;
    }

    @Override
    public Tokenizer create() {
      throw new AssertionError("a provider claiming a built-in name must never be used");
    }
  }

  @Test
  void factoryCreatesPluginTokenizersByName() {
    Tokenizer tokenizer = Tokenizers.byName(UpperCaseProvider.NAME);
    assertEquals(List.of("HELLO", "WORLD"), tokenizer.tokenize("hello world"));
    assertSame(SpaceJoiningDetokenizer.INSTANCE, Tokenizers.detokenizerFor(UpperCaseProvider.NAME));
  }

  @Test
  void builtInNamesCannotBeTakenOver() {
    assertSame(CharacterTokenizer.INSTANCE, Tokenizers.byName(CharacterTokenizer.NAME));
    assertSame(CharacterDetokenizer.INSTANCE, Tokenizers.detokenizerFor(CharacterTokenizer.NAME));
    assertTrue(TokenizerProviders.find(CharacterTokenizer.NAME).isEmpty());
  }

  @Test
  void eachNameIsListedOnceAfterTheBuiltIns() {
    assertEquals(List.of(UpperCaseProvider.NAME), TokenizerProviders.names());
    assertEquals(
        List.of("whitespace", "opennlp", "opennlp-simple", "char", UpperCaseProvider.NAME),
        TokenizerProviders.allNames());
  }

  @Test
  void unknownNameErrorListsPluginNamesToo() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Tokenizers.byName("moses"));
    assertTrue(e.getMessage().endsWith("|char|" + UpperCaseProvider.NAME), e.getMessage());
    assertTrue(TokenizerProviders.find(null).isEmpty());
  }
}

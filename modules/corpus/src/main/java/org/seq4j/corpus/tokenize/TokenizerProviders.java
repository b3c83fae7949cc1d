package org.seq4j.corpus.tokenize;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finds the {@link TokenizerProvider}s on the classpath: the plugin half of {@link Tokenizers}.
 *
 * <p>Nothing is cached: each call runs a fresh {@link ServiceLoader} over the thread's context
 * class loader (the {@code ServiceLoader.load(Class)} default, as JDBC drivers are found). That
 * keeps this class free of mutable static state and lets a caller that installs plugins at run
 * time see them; the cost, a scan of {@code META-INF/services} entries, is negligible next to
 * creating a tokenizer. Built-in names always win: a provider that claims one is skipped with a
 * warning, and when two providers claim the same name the first on the classpath wins, also with
 * a warning. A provider that cannot be instantiated surfaces as the {@link
 * java.util.ServiceConfigurationError} that names it: a broken plugin jar is a setup error to fix,
 * not something to skip silently.
 */
public final class TokenizerProviders {

  private static final Logger LOG = LoggerFactory.getLogger(TokenizerProviders.class);

  private TokenizerProviders() {}

  /**
   * The provider for a name that is not built in.
   *
   * @param name a short name; may be {@code null}
   * @return the provider, or empty for {@code null}, a built-in name or a name no provider claims
   */
  public static Optional<TokenizerProvider> find(String name) {
    if (name == null || Tokenizers.NAMES.contains(name)) {
      return Optional.empty();
    }
    return Optional.ofNullable(discover().get(name));
  }

  /** The names of the discovered plugin tokenizers, in classpath order; built-ins excluded. */
  public static List<String> names() {
    return List.copyOf(discover().keySet());
  }

  /** Every valid tokenizer name: the built-in {@link Tokenizers#NAMES}, then the plugins. */
  public static List<String> allNames() {
    List<String> all = new ArrayList<>(Tokenizers.NAMES);
    all.addAll(names());
    return List.copyOf(all);
  }

  private static Map<String, TokenizerProvider> discover() {
    Map<String, TokenizerProvider> byName = new LinkedHashMap<>();
    for (TokenizerProvider provider : ServiceLoader.load(TokenizerProvider.class)) {
      String name = provider.name();
      if (Tokenizers.NAMES.contains(name)) {
        LOG.warn(
            "Ignoring tokenizer provider {}: '{}' is a built-in name",
            provider.getClass().getName(),
            name);
      } else if (byName.containsKey(name)) {
        LOG.warn(
            "Ignoring tokenizer provider {}: '{}' is already provided by {}",
            provider.getClass().getName(),
            name,
            byName.get(name).getClass().getName());
      } else {
        byName.put(name, provider);
      }
    }
    return byName;
  }
}

package org.seq4j.corpus.normalize;

import java.util.ArrayList;
import java.util.List;

/**
 * Normalizers applied in order. Immutable and thread-safe; an empty pipeline returns its input
 * unchanged.
 *
 * <p>{@link #normalizeText} is only possible when every step is a {@link TokenMappingNormalizer}:
 * removing stop words from untokenized text is not defined, so that fails loudly instead of
 * silently skipping the step.
 */
public final class NormalizerPipeline implements Normalizer {

  private static final String NAME_SEPARATOR = ",";

  private final List<Normalizer> steps;

  /** A pipeline of the given steps, applied first to last. */
  public NormalizerPipeline(List<? extends Normalizer> steps) {
    this.steps = List.copyOf(steps);
  }

  /** The steps, in order. */
  public List<Normalizer> steps() {
    return steps;
  }

  /** The step names joined by commas, e.g. {@code nfkc,lowercase}; empty for no steps. */
  @Override
  public String name() {
    List<String> names = new ArrayList<>(steps.size());
    for (Normalizer step : steps) {
      names.add(step.name());
    }
    return String.join(NAME_SEPARATOR, names);
  }

  @Override
  public List<String> normalize(List<String> tokens) {
    List<String> current = List.copyOf(tokens);
    for (Normalizer step : steps) {
      current = step.normalize(current);
    }
    return current;
  }

  /** Whether every step maps tokens one to one, so {@link #normalizeText} can be used. */
  public boolean canNormalizeText() {
    for (Normalizer step : steps) {
      if (!(step instanceof TokenMappingNormalizer)) {
        return false;
      }
    }
    return true;
  }

  /**
   * Applies the pipeline to untokenized text.
   *
   * @throws IllegalStateException if a step removes tokens ({@link #canNormalizeText} is false)
   */
  public String normalizeText(String text) {
    String current = text;
    for (Normalizer step : steps) {
      if (!(step instanceof TokenMappingNormalizer mapping)) {
        throw new IllegalStateException(
            "Normalizer '" + step.name() + "' removes tokens and cannot be applied to raw text");
      }
      current = mapping.normalizeText(current);
    }
    return current;
  }
}

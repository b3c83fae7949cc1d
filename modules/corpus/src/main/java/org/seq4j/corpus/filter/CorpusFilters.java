package org.seq4j.corpus.filter;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToIntFunction;
import org.seq4j.corpus.SentencePair;
import org.seq4j.corpus.TaggedSentence;
import org.seq4j.corpus.tokenize.WhitespaceTokenizer;

/**
 * Builds the standard {@link FilterChain} for each kind of corpus item from {@link FilterSettings}.
 * Filters run in the order empty, too long, length ratio, duplicate; each call returns a fresh chain
 * for one pass. Lengths of pair sides are whitespace-separated token counts, counted without
 * splitting the strings.
 */
public final class CorpusFilters {

  private CorpusFilters() {}

  /** A chain for sentence pairs (text, already tokenized with spaces). */
  public static FilterChain<SentencePair> forPairs(FilterSettings settings) {
    ToIntFunction<SentencePair> source = pair -> WhitespaceTokenizer.countTokens(pair.source());
    ToIntFunction<SentencePair> target = pair -> WhitespaceTokenizer.countTokens(pair.target());
    return build(settings, List.of(source, target));
  }

  /** A chain for tagged sentences; the length-ratio setting does not apply. */
  public static FilterChain<TaggedSentence> forTagged(FilterSettings settings) {
    return build(settings, List.of(TaggedSentence::size));
  }

  /** A chain for token lists; the length-ratio setting does not apply. */
  public static FilterChain<List<String>> forTokens(FilterSettings settings) {
    return build(settings, List.of(List::size));
  }

  private static <T> FilterChain<T> build(FilterSettings settings, List<ToIntFunction<T>> sides) {
    List<SentenceFilter<T>> filters = new ArrayList<>();
    if (settings.dropEmpty()) {
      filters.add(new EmptyFilter<>(sides));
    }
    if (settings.maxLength() != FilterSettings.NO_MAX_LENGTH) {
      filters.add(new MaxLengthFilter<>(settings.maxLength(), sides));
    }
    if (sides.size() == 2 && settings.maxLengthRatio() != FilterSettings.NO_MAX_RATIO) {
      filters.add(new LengthRatioFilter<>(settings.maxLengthRatio(), sides.get(0), sides.get(1)));
    }
    if (settings.dropDuplicates()) {
      filters.add(new DuplicateFilter<>());
    }
    return new FilterChain<>(filters);
  }
}

package org.seq4j.corpus.normalize;

import org.seq4j.corpus.io.Utf8LineReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.seq4j.corpus.BadInputException;

/**
 * Removes stop words. Matching ignores case ({@link Locale#ROOT}): the list is stored lowercased
 * and a token is lowercased only when its exact form is not found.
 *
 * ({@code toLowerCase} returns the same string when nothing changes, so the second lookup costs no
 * allocation for lowercase tokens.)
 *
 * <p>A stop word file is UTF-8 with one word per line; blank lines and lines starting with {@code
 * #} are ignored, surrounding whitespace is trimmed, and a line holding two words is an error
 * (tokens never contain whitespace, so such an entry could never match).
 */
public final class StopwordRemover implements Normalizer {

  /** Short name used in recipes. */
  public static final String NAME = "stopwords";

  private static final String COMMENT_PREFIX = "#";

  /** A small English list: articles, pronouns, auxiliaries, common prepositions and conjunctions. */
  static final List<String> ENGLISH =
      List.of(
          "a", "an", "the", "and", "or", "but", "if", "of", "at", "by", "for", "with", "about",
          "to", "from", "in", "on", "into", "onto", "over", "under", "as", "than", "then", "so",
          "i", "me", "my", "we", "us", "our", "you", "your", "he", "him", "his", "she", "her",
          "it", "its", "they", "them", "their", "this", "that", "these", "those", "who", "whom",
          "which", "what", "is", "am", "are", "was", "were", "be", "been", "being", "have", "has",
          "had", "do", "does", "did", "will", "would", "shall", "should", "can", "could", "may",
          "might", "must", "there", "here", "not", "no");

  private final Set<String> words;

  private StopwordRemover(Set<String> words) {
    this.words = Set.copyOf(words);
  }

  /** The built-in small English list. */
  public static StopwordRemover english() {
    return new StopwordRemover(new HashSet<>(ENGLISH));
  }

  /** A remover for the given words (compared case-insensitively). */
  public static StopwordRemover of(Iterable<String> stopwords) {
    Set<String> lowered = new HashSet<>();
    for (String word : stopwords) {
      lowered.add(word.toLowerCase(Locale.ROOT));
    }
    return new StopwordRemover(lowered);
  }

  /**
   * Reads a stop word file.
   *
   * @throws BadInputException if the file is missing, not UTF-8, or a line holds more than one word
   */
  public static StopwordRemover fromFile(Path file) {
    List<String> lines = Utf8LineReader.readAllLines(file);
    Set<String> lowered = new HashSet<>();
    for (int i = 0; i < lines.size(); i++) {
      String word = lines.get(i).strip();
      if (word.isEmpty() || word.startsWith(COMMENT_PREFIX)) {
        continue;
      }
      for (int c = 0; c < word.length(); c++) {
        if (Character.isWhitespace(word.charAt(c))) {
          throw new BadInputException(
              file, i + 1L, "expected one stop word per line, found '" + word + "'");
        }
      }
      lowered.add(word.toLowerCase(Locale.ROOT));
    }
    return new StopwordRemover(lowered);
  }

  /** Whether the token is a stop word, ignoring case. */
  public boolean isStopword(String token) {
    return words.contains(token) || words.contains(token.toLowerCase(Locale.ROOT));
  }

  /** The stop words, lowercased. */
  public Set<String> words() {
    return words;
  }

  @Override
  public List<String> normalize(List<String> tokens) {
    List<String> kept = new ArrayList<>(tokens.size());
    for (String token : tokens) {
      if (!isStopword(token)) {
        kept.add(token);
      }
    }
    return kept.size() == tokens.size() ? List.copyOf(tokens) : List.copyOf(kept);
  }

  @Override
  public String name() {
    return NAME;
  }
}

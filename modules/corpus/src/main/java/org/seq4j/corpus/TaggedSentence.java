package org.seq4j.corpus;

import java.util.List;

/**
 * One sentence for per-token tagging: words and their tags, aligned one to one. Immutable.
 *
 * @param words the token forms
 * @param tags one tag per word (UPOS, XPOS or an NER tag in some scheme)
 */
public record TaggedSentence(List<String> words, List<String> tags) {
  public TaggedSentence {
    words = List.copyOf(words);
    tags = List.copyOf(tags);
    if (words.size() != tags.size()) {
      throw new IllegalArgumentException(
          "words and tags differ in length: " + words.size() + " vs " + tags.size());
    }
  }

  public int size() {
    return words.size();
  }

  public boolean isEmpty() {
    return words.isEmpty();
  }
}

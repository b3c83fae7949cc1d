package org.seq4j.tagger.opennlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.seq4j.tagger.Tagger;

/**
 * Test double: tags each token by looking it up in a fixed map (unknown tokens get the default
 * tag), and records how many sentences it saw, so adapter tests need no trained model.
 */
final class LookupTagger implements Tagger {

  private final Map<String, String> tagOf;
  private final String defaultTag;
  private final List<String> tagSet;

  LookupTagger(Map<String, String> tagOf, String defaultTag) {
    this.tagOf = Map.copyOf(tagOf);
    this.defaultTag = defaultTag;
    List<String> all = new ArrayList<>(tagOf.values());
    all.add(defaultTag);
    this.tagSet = all.stream().distinct().sorted().toList();
  }

  @Override
  public List<String> tag(List<String> tokens) {
    return tokens.stream().map(t -> tagOf.getOrDefault(t, defaultTag)).toList();
  }

  @Override
  public List<List<String>> tagAll(List<List<String>> sentences) {
    return sentences.stream().map(this::tag).toList();
  }

  @Override
  public List<String> tags() {
    return tagSet;
  }
}

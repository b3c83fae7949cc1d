package org.seq4j.eval.tagging;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.seq4j.eval.EvalInputException;

/**
 * The sentences of one tagged file, with the name used in error messages.
 *
 * @param source the file name as the user gave it
 */
public record TagFile(String source, List<TagColumnSentence> sentences) {

  public TagFile {
    sentences = List.copyOf(sentences);
  }

  /** All distinct tags, in order of first occurrence. */
  public Set<String> tagSet() {
    Set<String> tags = new LinkedHashSet<>();
    for (TagColumnSentence sentence : sentences) {
      tags.addAll(sentence.tags());
    }
    return tags;
  }

  /** Throws naming the file and line of the first tag that is not valid in {@code scheme}. */
  public void requireValid(TagScheme scheme) {
    for (TagColumnSentence sentence : sentences) {
      for (int i = 0; i < sentence.size(); i++) {
        String tag = sentence.tags().get(i);
        if (!scheme.isValid(tag)) {
          throw new EvalInputException(source, sentence.lines().get(i),
              "tag '" + tag + "' is not valid in the " + scheme.cliName() + " scheme, expected "
                  + scheme.expectedTags());
        }
      }
    }
  }

  /**
   * Pairs this gold file with a predicted file sentence by sentence.
   *
   * @throws EvalInputException naming the predicted file, the sentence and its line if the files
   *     have different numbers of sentences or a sentence has different numbers of tokens
   */
  public List<TaggedSentence> pairWith(TagFile predicted) {
    int n = Math.min(sentences.size(), predicted.sentences.size());
    List<TaggedSentence> pairs = new ArrayList<>(n);
    for (int s = 0; s < n; s++) {
      TagColumnSentence gold = sentences.get(s);
      TagColumnSentence pred = predicted.sentences.get(s);
      if (gold.size() != pred.size()) {
        throw new EvalInputException(predicted.source, pred.firstLine(),
            "sentence " + pred.number() + " has " + pred.size() + " tokens but gold sentence "
                + gold.number() + " (" + source + ":" + gold.firstLine() + ") has " + gold.size());
      }
      pairs.add(new TaggedSentence(gold.tokens(), gold.tags(), pred.tags()));
    }
    if (predicted.sentences.size() > n) {
      TagColumnSentence extra = predicted.sentences.get(n);
      throw new EvalInputException(predicted.source, extra.firstLine(),
          "sentence " + extra.number() + " has no gold counterpart: " + source + " has only " + n
              + " sentences");
    }
    if (sentences.size() > n) {
      TagColumnSentence missing = sentences.get(n);
      throw new EvalInputException(predicted.source, 0,
          "has " + n + " sentences but gold " + source + " has " + sentences.size()
              + " (gold sentence " + missing.number() + " starts at line " + missing.firstLine()
              + ")");
    }
    return pairs;
  }
}

package org.seq4j.recipe.tagging;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.seq4j.corpus.tags.TagScheme;
import org.seq4j.recipe.section.Split;

/**
 * One split to evaluate, as read from its file: every sentence in file order (sentences without
 * tokens included, as empty lists), the words as written, the gold tags, and how to write
 * predictions back in the same format. Immutable.
 *
 * @param split which split
 * @param source the file it was read from
 * @param ids a label per sentence for reports ({@code sent_id} when the file has one, else its
 *     1-based number)
 * @param words the words per sentence, as in the file
 * @param gold the gold tags per sentence, in the file's scheme
 * @param wordsNormalized whether the words are already normalised (prepared files) or still need
 *     the recipe's normalizers before tagging (original files)
 * @param declaredScheme the chunk scheme the recipe declares for the file ({@code data.scheme},
 *     CoNLL column data only); entity scores use it when the tags turn out to be chunk tags
 * @param toFileScheme converts a sentence's predicted tags from the model's scheme to the file's
 * @param writer writes predictions in the file's format
 */
public record GoldSplit(
    Split split,
    Path source,
    List<String> ids,
    List<List<String>> words,
    List<List<String>> gold,
    boolean wordsNormalized,
    Optional<TagScheme> declaredScheme,
    UnaryOperator<List<String>> toFileScheme,
    PredictionWriter writer) {

  public GoldSplit {
    Objects.requireNonNull(split, "split");
    ids = List.copyOf(ids);
    words = copy(words);
    gold = copy(gold);
    Objects.requireNonNull(declaredScheme, "declaredScheme");
    Objects.requireNonNull(toFileScheme, "toFileScheme");
    Objects.requireNonNull(writer, "writer");
    if (ids.size() != words.size() || gold.size() != words.size()) {
      throw new IllegalArgumentException("ids, words and gold tags differ in sentence count");
    }
  }

  /** Number of sentences (empty ones included). */
  public int size() {
    return words.size();
  }

  /** Number of tokens. */
  public long tokens() {
    return words.stream().mapToLong(List::size).sum();
  }

  private static List<List<String>> copy(List<List<String>> lists) {
    List<List<String>> out = new ArrayList<>(lists.size());
    lists.forEach(l -> out.add(List.copyOf(l)));
    return List.copyOf(out);
  }
}

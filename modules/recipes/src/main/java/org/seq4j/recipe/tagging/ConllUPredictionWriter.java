package org.seq4j.recipe.tagging;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.seq4j.corpus.io.conllu.ConllUSentence;
import org.seq4j.corpus.io.conllu.ConllUTagColumn;
import org.seq4j.corpus.io.conllu.ConllUWriter;

/**
 * CoNLL-U predictions: every sentence of the gold file with its comments, multiword-token ranges,
 * empty nodes and all other columns verbatim, and the predicted tag in the recipe's column (UPOS
 * or XPOS) of each syntactic word. Immutable.
 */
public final class ConllUPredictionWriter implements PredictionWriter {
  public static final String EXTENSION = "conllu";

  private final List<ConllUSentence> sentences;
  private final ConllUTagColumn column;

  public ConllUPredictionWriter(List<ConllUSentence> sentences, ConllUTagColumn column) {
    this.sentences = List.copyOf(sentences);
    this.column = column;
  }

  @Override
  public String extension() {
    return EXTENSION;
  }

  @Override
  public void write(Path file, List<List<String>> predicted) throws IOException {
    if (predicted.size() != sentences.size()) {
      throw new IllegalArgumentException(
          "expected " + sentences.size() + " predicted sentences, got " + predicted.size());
    }
    List<ConllUSentence> tagged = new ArrayList<>(sentences.size());
    for (int i = 0; i < sentences.size(); i++) {
      tagged.add(sentences.get(i).withTags(column, predicted.get(i)));
    }
    ConllUWriter.write(file, tagged);
  }
}

package org.seq4j.recipe.tagging;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.seq4j.corpus.io.conll.ConllColumnFormat;
import org.seq4j.corpus.io.conll.ConllSentence;
import org.seq4j.corpus.io.conll.ConllWriter;

/**
 * CoNLL column predictions: every sentence of the gold file (document-start lines, comments and
 * sentence boundaries included) with the predicted tag in place of the gold tag column and every
 * other column kept. Design: replacing rather than appending keeps the file in the input's layout,
 * so the same {@code --column} reads gold and predicted tags. Immutable.
 */
public final class ConllPredictionWriter implements PredictionWriter {
  public static final String EXTENSION = "conll";

  private final List<ConllSentence> sentences;
  private final ConllColumnFormat format;
  private final int tagColumn;

  /** @param format the gold file's format; it must have a tag column */
  public ConllPredictionWriter(List<ConllSentence> sentences, ConllColumnFormat format) {
    this.sentences = List.copyOf(sentences);
    this.format = format;
    this.tagColumn = format.tagColumn().orElseThrow(() -> new IllegalArgumentException("format has no tag column"));
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
    List<ConllSentence> tagged = new ArrayList<>(sentences.size());
    for (int i = 0; i < sentences.size(); i++) {
      tagged.add(sentences.get(i).withColumn(tagColumn, predicted.get(i)));
    }
    ConllWriter.write(file, tagged, format);
  }
}

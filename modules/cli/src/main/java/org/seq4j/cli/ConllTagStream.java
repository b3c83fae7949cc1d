package org.seq4j.cli;

import java.io.IOException;
import java.util.List;
import java.util.OptionalInt;
import org.seq4j.corpus.io.Utf8LineReader;
import org.seq4j.corpus.io.conll.ConllColumnFormat;
import org.seq4j.corpus.io.conll.ConllReader;
import org.seq4j.corpus.io.conll.ConllSentence;
import org.seq4j.corpus.io.conll.ConllWriter;

/**
 * CoNLL column files in and out (CoNLL-2003, WNUT-17): the words come from one column; the
 * predicted tag is appended as a new last column (as conlleval expects next to the gold column), or
 * replaces an existing column. Document-start lines and blank-line conventions are kept; an
 * appended column gets {@link ConllSentence#OUTSIDE_TAG} on document-start lines.
 */
final class ConllTagStream implements TaggableStream<ConllSentence> {

  private final ConllReader reader;
  private final ConllColumnFormat format;
  private final OptionalInt replacedColumn;

  /**
   * @param format separator, word column and (when a column is replaced) that column as tag column
   * @param replacedColumn 0-based column to overwrite, or empty to append a column
   */
  ConllTagStream(Utf8LineReader lines, ConllColumnFormat format, OptionalInt replacedColumn) {
    this.reader = new ConllReader(lines, format);
    this.format = format;
    this.replacedColumn = replacedColumn;
  }

  @Override
  public ConllSentence read() throws IOException {
    return reader.read();
  }

  @Override
  public List<String> words(ConllSentence sentence) {
    return sentence.words(format);
  }

  @Override
  public void write(ConllSentence sentence, List<String> tags, Appendable out) throws IOException {
    ConllSentence tagged = replacedColumn.isPresent()
        ? sentence.withColumn(replacedColumn.getAsInt(), tags)
        : sentence.withAppendedColumn(tags);
    ConllWriter.append(out, tagged, format);
  }

  @Override
  public void close() throws IOException {
    reader.close();
  }
}

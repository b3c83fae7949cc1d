package org.seq4j.cli;

import java.io.IOException;
import java.util.List;
import org.seq4j.corpus.io.Utf8LineReader;
import org.seq4j.corpus.io.conllu.ConllUReader;
import org.seq4j.corpus.io.conllu.ConllUSentence;
import org.seq4j.corpus.io.conllu.ConllUTagColumn;
import org.seq4j.corpus.io.conllu.ConllUWriter;

/**
 * CoNLL-U in, CoNLL-U out: the predicted tags go into one column (UPOS or XPOS); comments,
 * multiword-token ranges, empty nodes and every other column are written back unchanged. Only
 * syntactic words (integer IDs) are tagged, as in training.
 */
final class ConllUTagStream implements TaggableStream<ConllUSentence> {

  private final ConllUReader reader;
  private final ConllUTagColumn column;

  ConllUTagStream(Utf8LineReader lines, ConllUTagColumn column) {
    this.reader = new ConllUReader(lines);
    this.column = column;
  }

  @Override
  public ConllUSentence read() throws IOException {
    return reader.read();
  }

  @Override
  public List<String> words(ConllUSentence sentence) {
    return sentence.forms();
  }

  @Override
  public void write(ConllUSentence sentence, List<String> tags, Appendable out) throws IOException {
    ConllUWriter.append(out, sentence.withTags(column, tags));
  }

  @Override
  public void close() throws IOException {
    reader.close();
  }
}

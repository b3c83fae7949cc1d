package org.seq4j.cli;

import java.io.Closeable;
import java.io.IOException;
import java.util.List;

/**
 * Sentences read from one input format by {@code seq4j tag}, and how each is written back with its
 * predicted tags. Implementations keep everything of the input that is not a tag (comments, other
 * columns, document markers) so the output differs from the input only in the tag column.
 *
 * @param <S> one sentence as read, with all it needs to be written back
 */
interface TaggableStream<S> extends Closeable {

  /** The next sentence, or {@code null} at the end of the input. */
  S read() throws IOException;

  /** The words to tag (may be empty). */
  List<String> words(S sentence);

  /** Writes the sentence with one tag per word. */
  void write(S sentence, List<String> tags, Appendable out) throws IOException;
}

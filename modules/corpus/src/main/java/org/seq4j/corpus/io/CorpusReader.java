package org.seq4j.corpus.io;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Function;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * A stream of corpus items (sentences, pairs, lines) read one at a time from a file.
 *
 * <p>Design: like OpenNLP's {@code ObjectStream}, this is not an {@link java.util.Iterator}:
 * {@link #read()} may fail with an {@link IOException}, and {@code hasNext()} would force the
 * reader to parse ahead. {@link #stream()} adapts it to a {@link Stream} for callers that prefer
 * one (I/O errors then surface as {@link UncheckedIOException}). Readers never hold more than the
 * current item in memory. Bad input surfaces as {@link org.seq4j.corpus.BadInputException}.
 *
 * @param <T> the item type; items are immutable
 */
public interface CorpusReader<T> extends Closeable {

  /** Returns the next item, or {@code null} when the input is exhausted. */
  T read() throws IOException;

  /** A lazily read stream of the remaining items; closing the stream closes this reader. */
  default Stream<T> stream() {
    Spliterator<T> items =
        new Spliterators.AbstractSpliterator<T>(Long.MAX_VALUE, Spliterator.ORDERED | Spliterator.NONNULL) {
          @Override
          public boolean tryAdvance(java.util.function.Consumer<? super T> action) {
            try {
              T next = read();
              if (next == null) {
                return false;
              }
              action.accept(next);
              return true;
            } catch (IOException e) {
              throw new UncheckedIOException(e);
            }
          }
        };
    return StreamSupport.stream(items, false)
        .onClose(
            () -> {
              try {
                close();
              } catch (IOException e) {
                throw new UncheckedIOException(e);
              }
            });
  }

  /** Reads all remaining items into an immutable list (then the reader is exhausted). */
  default List<T> readAll() throws IOException {
    List<T> items = new ArrayList<>();
    for (T item = read(); item != null; item = read()) {
      items.add(item);
    }
    return List.copyOf(items);
  }

  /** A reader that applies {@code mapping} to every item; closing it closes this reader. */
  default <R> CorpusReader<R> map(Function<? super T, ? extends R> mapping) {
    Objects.requireNonNull(mapping, "mapping");
    CorpusReader<T> source = this;
    return new CorpusReader<R>() {
      @Override
      public R read() throws IOException {
        T next = source.read();
        return next == null ? null : mapping.apply(next);
      }

      @Override
      public void close() throws IOException {
        source.close();
      }
    };
  }
}

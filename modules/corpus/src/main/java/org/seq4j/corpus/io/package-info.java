/**
 * Corpus readers and writers. Every reader reads through {@link org.seq4j.corpus.io.Utf8LineReader}
 * (strict UTF-8, line numbers) and streams items through {@link org.seq4j.corpus.io.CorpusReader};
 * every writer writes through {@link org.seq4j.corpus.AtomicFiles}. Bad input is a {@link
 * org.seq4j.corpus.BadInputException} naming the file, the line and what was expected. Formats live
 * in subpackages: {@code conllu} (Universal Dependencies), {@code conll} (CoNLL column files such as
 * CoNLL-2003 and WNUT-17), {@code parallel} (aligned text files, TSV/CSV pairs) and {@code text}
 * (one sentence per line).
 */
package org.seq4j.corpus.io;

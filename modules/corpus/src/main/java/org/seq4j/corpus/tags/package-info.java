/**
 * Chunk tagging schemes (IOB1, IOB2, BIOES): span extraction, conversion and validity checks. Pure
 * functions over {@code List<String>} tag sequences; no I/O.
 */
package org.seq4j.corpus.tags;

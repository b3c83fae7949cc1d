package org.seq4j.recipe.prepare;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * What preparation produced: the statistics (the content of stats.json), the training tokens
 * processed, and the files written. Immutable.
 *
 * @param stats nested maps of plain numbers and strings
 * @param tokens tokens read over all splits
 * @param files files written, relative to the output directory
 */
public record PreparedCorpus(Map<String, Object> stats, long tokens, List<Path> files) {
  public PreparedCorpus {
    stats = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(stats));
    files = List.copyOf(files);
  }
}

package org.seq4j.corpus.bpe;

import org.seq4j.corpus.io.Utf8LineReader;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.seq4j.corpus.AtomicFiles;
import org.seq4j.corpus.BadInputException;

/**
 * An ordered list of BPE merges; the position of a merge is its priority (rank) when segmenting.
 * Immutable.
 *
 * <p>The file format is that of subword-nmt ({@code learn_bpe.py}, version 0.2), so codes learned
 * by either tool can be used by the other: a header line {@code #version: 0.2}, then one merge per
 * line, {@code LEFT RIGHT} separated by one space, with {@code </w>} marking the end of a word.
 */
public final class BpeMerges {

  /** Suffix on a word's last symbol during learning and segmentation. */
  public static final String END_OF_WORD = "</w>";

  /** First line of a merges file. */
  public static final String HEADER = "#version: 0.2";

  private static final String HEADER_PREFIX = "#version";
  private static final char SEPARATOR = ' ';

  private final List<BpeMerge> merges;

  /** The merges, highest priority first. Duplicates are an error. */
  public BpeMerges(List<BpeMerge> merges) {
    this.merges = List.copyOf(merges);
    Set<BpeMerge> seen = new HashSet<>(merges.size() * 2);
    for (BpeMerge merge : this.merges) {
      if (!seen.add(merge)) {
        throw new IllegalArgumentException("duplicate BPE merge " + merge);
      }
    }
  }

  /** The merges, highest priority first. */
  public List<BpeMerge> merges() {
    return merges;
  }

  /** Number of merges. */
  public int size() {
    return merges.size();
  }

  /**
   * Ranks as a two-level map, left symbol to right symbol to rank, so a lookup needs no
   * concatenated key.
   */
  Map<String, Map<String, Integer>> ranks() {
    Map<String, Map<String, Integer>> ranks = new HashMap<>();
    for (int rank = 0; rank < merges.size(); rank++) {
      BpeMerge merge = merges.get(rank);
      ranks.computeIfAbsent(merge.left(), left -> new HashMap<>()).put(merge.right(), rank);
    }
    return ranks;
  }

  /** Writes the merges atomically in subword-nmt format. */
  public void save(Path file) throws IOException {
    AtomicFiles.writeText(
        file,
        out -> {
          out.write(HEADER);
          out.write('\n');
          for (BpeMerge merge : merges) {
            out.write(merge.left());
            out.write(SEPARATOR);
            out.write(merge.right());
            out.write('\n');
          }
        });
  }

  /**
   * Reads a merges file; the version header is optional.
   *
   * @throws BadInputException for a missing or non-UTF-8 file, a line that is not two symbols
   *     separated by one space, or a duplicate merge
   */
  public static BpeMerges load(Path file) {
    List<String> lines = Utf8LineReader.readAllLines(file);
    List<BpeMerge> merges = new java.util.ArrayList<>(lines.size());
    Set<BpeMerge> seen = new HashSet<>(lines.size() * 2);
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (i == 0 && line.startsWith(HEADER_PREFIX)) {
        continue;
      }
      int space = line.indexOf(SEPARATOR);
      boolean wellFormed =
          space > 0
              && space < line.length() - 1
              && line.indexOf(SEPARATOR, space + 1) < 0
              && !containsWhitespace(line);
      if (!wellFormed) {
        throw new BadInputException(
            file, i + 1L, "expected two symbols separated by one space, found '" + line + "'");
      }
      BpeMerge merge = new BpeMerge(line.substring(0, space), line.substring(space + 1));
      if (!seen.add(merge)) {
        throw new BadInputException(file, i + 1L, "duplicate merge '" + line + "'");
      }
      merges.add(merge);
    }
    return new BpeMerges(merges);
  }

  private static boolean containsWhitespace(String line) {
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c != SEPARATOR && Character.isWhitespace(c)) {
        return true;
      }
    }
    return false;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof BpeMerges that && merges.equals(that.merges);
  }

  @Override
  public int hashCode() {
    return merges.hashCode();
  }

  @Override
  public String toString() {
    return "BpeMerges[" + merges.size() + " merges]";
  }
}

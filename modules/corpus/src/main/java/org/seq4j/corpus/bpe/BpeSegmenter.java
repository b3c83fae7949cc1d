package org.seq4j.corpus.bpe;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.seq4j.corpus.tokenize.WhitespaceTokenizer;

/**
 * Splits tokens into subwords with learned {@link BpeMerges}, marking every subword except a
 * word's last with the continuation marker {@code @@} (so the output is written with spaces as
 * {@code un@@ believ@@ able}), and undoes that.
 *
 * <p>Segmentation of a word starts from its code points (the last carrying {@link
 * BpeMerges#END_OF_WORD}) and applies the lowest-ranked merge present, all its occurrences left to
 * right, until no merge applies: the subword-nmt procedure, so merges learned by subword-nmt give
 * the same segmentation. Results are memoised per word in a concurrent cache of bounded size
 * ({@link #MAX_CACHED_WORDS}), since a corpus repeats a few thousand words millions of times.
 * Thread-safe; never modifies its input.
 *
 * <p>Reversibility: {@link #undo} joins each token ending in {@code @@} to the next one with the
 * marker removed, so {@code undo(apply(tokens))} equals {@code tokens} for every token sequence. The
 * one case that needs care is a word that itself ends in {@code @@}: its final {@code @} is always
 * kept as a separate last subword, so the last piece never looks like a continuation.
 */
public final class BpeSegmenter {

  /** Appended to every subword that continues into the next one. */
  public static final String CONTINUATION = "@@";

  /** Upper bound on memoised words; beyond it, new words are segmented but not cached. */
  public static final int MAX_CACHED_WORDS = 1 << 20;

  private static final String LAST_CHARACTER_OF_MARKER = "@";

  private final BpeMerges merges;
  private final Map<String, Map<String, Integer>> ranks;
  private final Map<String, List<String>> cache = new ConcurrentHashMap<>();

  /** A segmenter for these merges. */
  public BpeSegmenter(BpeMerges merges) {
    this.merges = merges;
    this.ranks = merges.ranks();
  }

  /** The merges this segmenter applies. */
  public BpeMerges merges() {
    return merges;
  }

  /**
   * Segments every token.
   *
   * @param tokens non-empty tokens without whitespace; not modified
   * @return the subwords, immutable
   */
  public List<String> apply(List<String> tokens) {
    List<String> pieces = new ArrayList<>(tokens.size() * 2);
    for (String token : tokens) {
      pieces.addAll(segment(token));
    }
    return List.copyOf(pieces);
  }

  /**
   * Segments one token into marked subwords.
   *
   * @throws IllegalArgumentException for an empty token or one containing whitespace
   */
  public List<String> segment(String token) {
    List<String> cached = cache.get(token);
    if (cached != null) {
      return cached;
    }
    BpeLearner.checkToken(token);
    List<String> pieces = List.copyOf(computeSegmentation(token));
    if (cache.size() < MAX_CACHED_WORDS) {
      cache.putIfAbsent(token, pieces);
    }
    return pieces;
  }

  private List<String> computeSegmentation(String token) {
    if (token.endsWith(CONTINUATION)) {
      String head = token.substring(0, token.length() - LAST_CHARACTER_OF_MARKER.length());
      List<String> pieces = mergeSymbols(initialSymbols(head, false));
      List<String> marked = new ArrayList<>(pieces.size() + 1);
      for (String piece : pieces) {
        marked.add(piece + CONTINUATION);
      }
      marked.add(LAST_CHARACTER_OF_MARKER);
      return marked;
    }
    List<String> pieces = mergeSymbols(initialSymbols(token, true));
    List<String> marked = new ArrayList<>(pieces.size());
    int last = pieces.size() - 1;
    for (int i = 0; i < last; i++) {
      marked.add(pieces.get(i) + CONTINUATION);
    }
    String lastPiece = pieces.get(last);
    marked.add(lastPiece.substring(0, lastPiece.length() - BpeMerges.END_OF_WORD.length()));
    return marked;
  }

  private static List<String> initialSymbols(String word, boolean markEnd) {
    List<String> symbols = new ArrayList<>(word.length());
    int i = 0;
    while (i < word.length()) {
      int width = Character.charCount(word.codePointAt(i));
      symbols.add(word.substring(i, i + width));
      i += width;
    }
    if (markEnd) {
      int last = symbols.size() - 1;
      symbols.set(last, symbols.get(last) + BpeMerges.END_OF_WORD);
    }
    return symbols;
  }

  private List<String> mergeSymbols(List<String> symbols) {
    while (symbols.size() > 1) {
      int bestRank = Integer.MAX_VALUE;
      String bestLeft = null;
      String bestRight = null;
      for (int i = 0; i + 1 < symbols.size(); i++) {
        int rank = rank(symbols.get(i), symbols.get(i + 1));
        if (rank < bestRank) {
          bestRank = rank;
          bestLeft = symbols.get(i);
          bestRight = symbols.get(i + 1);
        }
      }
      if (bestLeft == null) {
        break;
      }
      List<String> merged = new ArrayList<>(symbols.size() - 1);
      for (int i = 0; i < symbols.size(); i++) {
        if (i + 1 < symbols.size()
            && symbols.get(i).equals(bestLeft)
            && symbols.get(i + 1).equals(bestRight)) {
          merged.add(bestLeft + bestRight);
          i++;
        } else {
          merged.add(symbols.get(i));
        }
      }
      symbols = merged;
    }
    return symbols;
  }

  private int rank(String left, String right) {
    Map<String, Integer> byRight = ranks.get(left);
    if (byRight == null) {
      return Integer.MAX_VALUE;
    }
    Integer rank = byRight.get(right);
    return rank == null ? Integer.MAX_VALUE : rank;
  }

  /**
   * Joins subwords back into the original tokens: each token ending in {@code @@} is glued, marker
   * removed, to the next. A trailing marked token (truncated model output) ends its word.
   *
   * @param pieces subwords; not modified
   * @return the tokens, immutable
   */
  public static List<String> undo(List<String> pieces) {
    List<String> tokens = new ArrayList<>(pieces.size());
    StringBuilder word = new StringBuilder();
    for (String piece : pieces) {
      if (piece.endsWith(CONTINUATION)) {
        word.append(piece, 0, piece.length() - CONTINUATION.length());
      } else {
        word.append(piece);
        tokens.add(word.toString());
        word.setLength(0);
      }
    }
    if (word.length() > 0) {
      tokens.add(word.toString());
    }
    return List.copyOf(tokens);
  }

  /** {@link #undo} on space-separated text, e.g. a line of translation output. */
  public static String undoText(String text) {
    return String.join(" ", undo(WhitespaceTokenizer.INSTANCE.tokenize(text)));
  }
}

package org.seq4j.corpus.vocab;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An immutable token↔id mapping with the training count of each token.
 *
 * <p>Ids are dense: the present {@link SpecialToken}s first, in their declaration order, then the
 * regular tokens by descending count, ties broken by token string ({@link String#compareTo}), so the
 * same data always gives the same ids. Lookups are a {@link HashMap} (token to id) and an array (id
 * to token). The four reserved strings ({@code <pad> <unk> <s> </s>}) are never regular tokens.
 *
 * <p>Saved as UTF-8 text, one {@code token<TAB>count} per line in id order ({@link VocabularyFile}).
 * Create with {@link VocabularyBuilder}; encoding and decoding never modify their inputs.
 */
public final class Vocabulary {

  /** Padding token. */
  public static final String PAD = "<pad>";
  /** Unknown-token token. */
  public static final String UNK = "<unk>";
  /** Beginning-of-sequence token. */
  public static final String BOS = "<s>";
  /** End-of-sequence token. */
  public static final String EOS = "</s>";

  /** Id of {@link #PAD} whenever it is present. */
  public static final int PAD_ID = 0;
  /** Id of {@link #UNK} when PAD and UNK are present (the usual word vocabulary). */
  public static final int UNK_ID = 1;
  /** Id of {@link #BOS} when all four special tokens are present. */
  public static final int BOS_ID = 2;
  /** Id of {@link #EOS} when all four special tokens are present. */
  public static final int EOS_ID = 3;

  /** What {@link #id} returns for a token that is not in the vocabulary. */
  public static final int NOT_FOUND = -1;

  private final String[] tokens;
  private final long[] counts;
  private final Map<String, Integer> ids;
  private final int[] specialIds;
  private final Set<SpecialToken> specials;

  /**
   * Creates a vocabulary from entries already in id order. Used by the builder and the file
   * reader, which check the ordering rules.
   */
  Vocabulary(Set<SpecialToken> specials, List<String> regularTokens, List<Long> regularCounts) {
    this.specials = Collections.unmodifiableSet(EnumSet.copyOf(specialsOrNone(specials)));
    int size = this.specials.size() + regularTokens.size();
    this.tokens = new String[size];
    this.counts = new long[size];
    this.specialIds = new int[SpecialToken.values().length];
    Arrays.fill(specialIds, NOT_FOUND);
    int next = 0;
    for (SpecialToken special : this.specials) {
      specialIds[special.ordinal()] = next;
      tokens[next++] = special.token();
    }
    for (int i = 0; i < regularTokens.size(); i++) {
      counts[next] = regularCounts.get(i);
      tokens[next++] = regularTokens.get(i);
    }
    this.ids = new HashMap<>(size * 2);
    for (int id = 0; id < size; id++) {
      if (ids.put(tokens[id], id) != null) {
        throw new IllegalArgumentException("duplicate token '" + tokens[id] + "'");
      }
    }
  }

  private static Set<SpecialToken> specialsOrNone(Set<SpecialToken> specials) {
    return specials.isEmpty() ? EnumSet.noneOf(SpecialToken.class) : specials;
  }

  /** Number of entries, special tokens included. */
  public int size() {
    return tokens.length;
  }

  /** The special tokens present. */
  public Set<SpecialToken> specials() {
    return specials;
  }

  /** Whether this special token is present. */
  public boolean has(SpecialToken special) {
    return specialIds[special.ordinal()] != NOT_FOUND;
  }

  /**
   * The id of a special token.
   *
   * @throws IllegalStateException if the vocabulary was built without it
   */
  public int idOf(SpecialToken special) {
    int id = specialIds[special.ordinal()];
    if (id == NOT_FOUND) {
      throw new IllegalStateException("vocabulary has no " + special.token() + " token");
    }
    return id;
  }

  /** Id of {@code <pad>}; throws {@link IllegalStateException} if absent. */
  public int padId() {
    return idOf(SpecialToken.PAD);
  }

  /** Id of {@code <unk>}; throws {@link IllegalStateException} if absent. */
  public int unkId() {
    return idOf(SpecialToken.UNK);
  }

  /** Id of {@code <s>}; throws {@link IllegalStateException} if absent. */
  public int bosId() {
    return idOf(SpecialToken.BOS);
  }

  /** Id of {@code </s>}; throws {@link IllegalStateException} if absent. */
  public int eosId() {
    return idOf(SpecialToken.EOS);
  }

  /** The token's id, or {@link #NOT_FOUND}. */
  public int id(String token) {
    Integer id = ids.get(token);
    return id == null ? NOT_FOUND : id;
  }

  /** Whether the token has an id of its own. */
  public boolean contains(String token) {
    return ids.containsKey(token);
  }

  /**
   * The token with this id.
   *
   * @throws IndexOutOfBoundsException if the id is not in {@code [0, size())}
   */
  public String token(int id) {
    return tokens[id];
  }

  /** Training count of the token with this id; 0 for special tokens. */
  public long count(int id) {
    return counts[id];
  }

  /** All tokens in id order. */
  public List<String> tokens() {
    return List.of(tokens);
  }

  /** Id of the token, or of {@code <unk>} if it is unknown. */
  public int idOrUnknown(String token) {
    Integer id = ids.get(token);
    if (id != null) {
      return id;
    }
    int unk = specialIds[SpecialToken.UNK.ordinal()];
    if (unk == NOT_FOUND) {
      throw new IllegalArgumentException(
          "token '" + token + "' is not in the vocabulary, which has no " + UNK + " token");
    }
    return unk;
  }

  /** Encodes tokens to ids, unknown tokens as {@code <unk>}. */
  public int[] encode(List<String> sequence) {
    return encode(sequence, false, false);
  }

  /**
   * Encodes tokens to ids, unknown tokens as {@code <unk>}, optionally framed by {@code <s>} and
   * {@code </s>}.
   *
   * @throws IllegalArgumentException for an unknown token when there is no {@code <unk>}
   * @throws IllegalStateException if BOS or EOS is requested but absent
   */
  public int[] encode(List<String> sequence, boolean addBos, boolean addEos) {
    int offset = addBos ? 1 : 0;
    int[] encoded = new int[sequence.size() + offset + (addEos ? 1 : 0)];
    if (addBos) {
      encoded[0] = bosId();
    }
    for (int i = 0; i < sequence.size(); i++) {
      encoded[offset + i] = idOrUnknown(sequence.get(i));
    }
    if (addEos) {
      encoded[encoded.length - 1] = eosId();
    }
    return encoded;
  }

  /** Decodes every id to its token, special tokens included. */
  public List<String> decode(int[] sequence) {
    List<String> decoded = new ArrayList<>(sequence.length);
    for (int id : sequence) {
      decoded.add(tokens[id]);
    }
    return List.copyOf(decoded);
  }

  /**
   * Decodes model output: stops at the first {@code </s>} and leaves out {@code <pad>} and {@code
   * <s>}; {@code <unk>} stays, since it is a real prediction.
   */
  public List<String> decodeOutput(int[] sequence) {
    int pad = specialIds[SpecialToken.PAD.ordinal()];
    int bos = specialIds[SpecialToken.BOS.ordinal()];
    int eos = specialIds[SpecialToken.EOS.ordinal()];
    List<String> decoded = new ArrayList<>(sequence.length);
    for (int id : sequence) {
      if (id == eos) {
        break;
      }
      if (id != pad && id != bos) {
        decoded.add(tokens[id]);
      }
    }
    return List.copyOf(decoded);
  }

  /** Writes the vocabulary atomically as UTF-8 text; see {@link VocabularyFile}. */
  public void save(Path file) throws IOException {
    VocabularyFile.write(this, file);
  }

  /**
   * Reads a vocabulary saved by {@link #save}.
   *
   * @throws org.seq4j.corpus.BadInputException naming the line of a malformed entry
   */
  public static Vocabulary load(Path file) {
    return VocabularyFile.read(file);
  }

  @Override
  public String toString() {
    return "Vocabulary[size=" + size() + ", specials=" + specials + "]";
  }
}

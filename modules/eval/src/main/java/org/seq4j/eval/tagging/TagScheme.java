package org.seq4j.eval.tagging;

import java.util.Arrays;
import java.util.Collection;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Chunk tag schemes. IOB1 and IOB2 use the prefixes {@code B}/{@code I} and the outside tag
 * {@code O}; BIOES adds {@code E} (last token of a chunk) and {@code S} (single-token chunk). A
 * valid chunk tag is {@code O} or a known prefix, {@code '-'}, and a non-empty type.
 *
 * <p>Leniently (conlleval's reading) IOB1 and IOB2 are decoded alike; they differ only in strict
 * mode. See {@link LenientChunkDecoder} and {@link StrictChunkDecoder}.
 */
public enum TagScheme {
  IOB1(Set.of("B", "I")),
  IOB2(Set.of("B", "I")),
  BIOES(Set.of("B", "I", "E", "S"));

  private static final Set<String> CHUNK_PREFIXES = Set.of("B", "I", "E", "S");
  private static final Set<String> BIOES_ONLY_PREFIXES = Set.of("E", "S");

  private final Set<String> prefixes;

  TagScheme(Set<String> prefixes) {
    this.prefixes = prefixes;
  }

  /** The lower-case name used on the command line, e.g. {@code iob2}. */
  public String cliName() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The scheme called {@code name} (case-insensitive), or empty if there is none. */
  public static Optional<TagScheme> fromName(String name) {
    return Arrays.stream(values()).filter(s -> s.name().equalsIgnoreCase(name)).findFirst();
  }

  /** The valid names, for error messages: {@code iob1|iob2|bioes}. */
  public static String validNames() {
    return Arrays.stream(values()).map(TagScheme::cliName).collect(Collectors.joining("|"));
  }

  /** True if {@code tag} is {@code O} or one of this scheme's prefixes followed by a type. */
  public boolean isValid(String tag) {
    ChunkTag t = ChunkTag.parse(tag);
    return t.isOutside() || (prefixes.contains(t.prefix()) && !t.type().isEmpty());
  }

  /** What a valid tag looks like in this scheme, for error messages. */
  public String expectedTags() {
    return "O or " + prefixes.stream().sorted().map(p -> p + "-TYPE").collect(Collectors.joining(", "));
  }

  /**
   * Guesses the scheme of a tag set: empty if some tag is not a chunk tag ({@code O} or
   * {@code B-}/{@code I-}/{@code E-}/{@code S-} with a type), {@link #BIOES} if any tag has an
   * {@code E} or {@code S} prefix, otherwise {@link #IOB2} (which conlleval reads like IOB1).
   * A set of only {@code O} tags counts as IOB2.
   */
  public static Optional<TagScheme> detect(Collection<String> tags) {
    boolean bioes = false;
    for (String tag : tags) {
      ChunkTag t = ChunkTag.parse(tag);
      if (t.isOutside()) {
        continue;
      }
      if (!CHUNK_PREFIXES.contains(t.prefix()) || t.type().isEmpty()) {
        return Optional.empty();
      }
      bioes |= BIOES_ONLY_PREFIXES.contains(t.prefix());
    }
    return Optional.of(bioes ? BIOES : IOB2);
  }
}

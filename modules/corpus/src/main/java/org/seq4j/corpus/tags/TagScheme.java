package org.seq4j.corpus.tags;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Chunk tagging schemes for named entities and other spans. All methods are pure: inputs are never
 * modified and results are immutable.
 *
 * <ul>
 *   <li>{@link #IOB1} (CoNLL-2003 original): {@code I-X} tags every chunk token; {@code B-X} marks
 *       the first token of a chunk only when it directly follows another chunk of the same type.
 *   <li>{@link #IOB2} (also "BIO"): every chunk starts with {@code B-X}, continues with {@code I-X}.
 *   <li>{@link #BIOES} (also "IOBES"): {@code S-X} for one-token chunks; otherwise {@code B-X},
 *       {@code I-X}..., {@code E-X}.
 * </ul>
 *
 * <p>Design: conversion goes through spans ({@link #spans} then {@link #encode}), so every pair of
 * schemes converts the same way and no pairwise rules exist. Span reading follows conlleval's
 * chunk rules (lenient for invalid sequences); use {@link #findViolation} to reject them instead.
 */
public enum TagScheme {
  IOB1("BI"),
  IOB2("BI"),
  BIOES("BIES");

  private final String prefixes;

  TagScheme(String prefixes) {
    this.prefixes = prefixes;
  }

  /** Lower-case short name used in recipes and on the command line ({@code iob2}). */
  public String shortName() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * Parses a short name, case-insensitively: {@code iob1}, {@code iob2}, {@code bioes}.
   *
   * @throws IllegalArgumentException naming the valid values
   */
  public static TagScheme parse(String name) {
    for (TagScheme scheme : values()) {
      if (scheme.shortName().equalsIgnoreCase(name.trim())) {
        return scheme;
      }
    }
    throw new IllegalArgumentException(
        "Invalid value '" + name + "' for tag scheme: expected "
            + Arrays.stream(values()).map(TagScheme::shortName).collect(Collectors.joining("|")));
  }

  /**
   * The scheme a trained model's tag set is in: {@link #BIOES} if any tag has an {@code E-} or
   * {@code S-} prefix, otherwise {@link #IOB2} (the NER models here are never trained in IOB1).
   */
  public static TagScheme ofTagSet(Collection<String> tags) {
    boolean bioes = tags.stream().anyMatch(t -> t.startsWith("E-") || t.startsWith("S-"));
    return bioes ? BIOES : IOB2;
  }

  /**
   * The chunks in a tag sequence, in order.
   *
   * @throws IllegalArgumentException if a tag is not {@code O} or a prefixed tag of this scheme
   */
  public List<Span> spans(List<String> tags) {
    requireKnownPrefixes(tags);
    return SpanDecoder.decode(tags);
  }

  /**
   * Tags {@code length} tokens with the given chunks in this scheme.
   *
   * @throws IllegalArgumentException if spans overlap or exceed {@code length}
   */
  public List<String> encode(List<Span> spans, int length) {
    List<String> tags = new ArrayList<>(Collections.nCopies(length, ChunkTag.OUTSIDE));
    Span previous = null;
    for (Span span : spans.stream().sorted((a, b) -> Integer.compare(a.start(), b.start())).toList()) {
      if (span.end() > length || (previous != null && span.start() < previous.end())) {
        throw new IllegalArgumentException("span " + span + " overlaps another or exceeds length " + length);
      }
      boolean touchesSameType =
          previous != null && previous.end() == span.start() && previous.type().equals(span.type());
      for (int i = span.start(); i < span.end(); i++) {
        tags.set(i, ChunkTag.format(prefixAt(span, i, touchesSameType), span.type()));
      }
      previous = span;
    }
    return List.copyOf(tags);
  }

  /**
   * Converts a tag sequence from this scheme to {@code target}. Invalid input is read the way
   * {@link #spans} reads it, so the output is always valid in {@code target}.
   */
  public List<String> convert(List<String> tags, TagScheme target) {
    return target.encode(spans(tags), tags.size());
  }

  /** True if {@code tags} is a well-formed sequence in this scheme. */
  public boolean isValid(List<String> tags) {
    return findViolation(tags).isEmpty();
  }

  /**
   * The first place where {@code tags} breaks this scheme's rules, as a short message such as
   * {@code "position 3: I-PER cannot follow O in iob2"}; empty if the sequence is valid.
   */
  public Optional<String> findViolation(List<String> tags) {
    ChunkTag previous = new ChunkTag(ChunkTag.OUTSIDE_PREFIX, "");
    for (int i = 0; i < tags.size(); i++) {
      ChunkTag current;
      try {
        current = ChunkTag.parse(tags.get(i), i);
      } catch (IllegalArgumentException e) {
        return Optional.of(e.getMessage());
      }
      if (!current.isOutside() && prefixes.indexOf(current.prefix()) < 0) {
        return Optional.of(violation(i, tags.get(i) + " uses a prefix that " + shortName() + " does not have"));
      }
      String problem = transitionProblem(previous, current);
      if (problem != null) {
        String before = i == 0 ? "the sentence start" : tags.get(i - 1);
        return Optional.of(violation(i, tags.get(i) + " cannot follow " + before + problem));
      }
      previous = current;
    }
    if (this == BIOES && (previous.prefix() == ChunkTag.BEGIN || previous.prefix() == ChunkTag.INSIDE)) {
      return Optional.of(violation(tags.size() - 1, "the sequence ends inside a chunk; expected E- or S-"));
    }
    return Optional.empty();
  }

  private static String violation(int position, String problem) {
    return "position " + position + ": " + problem;
  }

  /** Null if {@code previous → current} is allowed, else a short suffix explaining the rule. */
  private String transitionProblem(ChunkTag previous, ChunkTag current) {
    boolean sameType = previous.type().equals(current.type());
    char p = previous.prefix();
    char c = current.prefix();
    return switch (this) {
      case IOB1 -> c == ChunkTag.BEGIN && !(sameType && !previous.isOutside())
          ? " in iob1 (B- only separates adjacent chunks of the same type)"
          : null;
      case IOB2 -> c == ChunkTag.INSIDE && !(sameType && (p == ChunkTag.BEGIN || p == ChunkTag.INSIDE))
          ? " in iob2 (I- must continue a chunk of the same type)"
          : null;
      case BIOES -> bioesProblem(p, c, sameType);
    };
  }

  private static String bioesProblem(char p, char c, boolean sameType) {
    boolean insideChunk = p == ChunkTag.BEGIN || p == ChunkTag.INSIDE;
    boolean continues = c == ChunkTag.INSIDE || c == ChunkTag.END;
    if (insideChunk && !(continues && sameType)) {
      return " in bioes (an open chunk must continue with I- or E- of the same type)";
    }
    if (!insideChunk && continues) {
      return " in bioes (I- and E- must continue a chunk opened by B-)";
    }
    return null;
  }

  private char prefixAt(Span span, int index, boolean touchesSameType) {
    boolean first = index == span.start();
    boolean last = index == span.end() - 1;
    return switch (this) {
      case IOB1 -> first && touchesSameType ? ChunkTag.BEGIN : ChunkTag.INSIDE;
      case IOB2 -> first ? ChunkTag.BEGIN : ChunkTag.INSIDE;
      case BIOES -> {
        if (first && last) {
          yield ChunkTag.SINGLE;
        }
        yield first ? ChunkTag.BEGIN : last ? ChunkTag.END : ChunkTag.INSIDE;
      }
    };
  }

  private void requireKnownPrefixes(List<String> tags) {
    for (int i = 0; i < tags.size(); i++) {
      ChunkTag tag = ChunkTag.parse(tags.get(i), i);
      if (!tag.isOutside() && prefixes.indexOf(tag.prefix()) < 0) {
        throw new IllegalArgumentException(
            "tag '" + tags.get(i) + "' at position " + i + ": " + shortName() + " has no "
                + tag.prefix() + "- prefix");
      }
    }
  }
}

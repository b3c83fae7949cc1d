package org.seq4j.seq2seq.decode;

/**
 * The longest output decoding may produce for a source: {@code floor(ratio * sourceLength) + offset}
 * tokens, EOS included; a hypothesis that reaches it is finished as it is. The offset keeps short
 * (and empty) sources from getting no room at all.
 */
public record LengthLimit(double ratio, int offset) {
  /** Joey NMT and OpenNMT style defaults: twice the source plus a little. */
  public static final LengthLimit DEFAULT = new LengthLimit(2.0, 10);

  public LengthLimit {
    if (!(ratio >= 0) || offset < 1) {
      throw new IllegalArgumentException("need ratio >= 0 and offset >= 1, got " + ratio + ", " + offset);
    }
  }

  public int maxLength(int sourceLength) {
    return (int) Math.floor(ratio * sourceLength) + offset;
  }
}

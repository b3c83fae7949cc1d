package org.seq4j.eval.text;

/**
 * sacreBLEU's {@code intl} tokenizer (mteval-v14.pl's international tokenization).
 *
 * <p>Three substitutions over code points, each a left-to-right, non-overlapping scan like {@code
 * regex.sub}, then whitespace is collapsed:
 *
 * <ol>
 *   <li>{@code (\P{N})(\p{P})} becomes {@code "\1 \2 "}: punctuation after a non-number;
 *   <li>{@code (\p{P})(\P{N})} becomes {@code " \1 \2"}: punctuation before a non-number;
 *   <li>{@code (\p{S})} becomes {@code " \1 "}: symbols.
 * </ol>
 *
 * Unlike 13a the line is not padded with spaces, so punctuation between a digit and the end of the
 * line stays attached ({@code 2020.}), exactly as in mteval-v14. There is no HTML unescaping.
 */
final class TokenizerIntl implements TextTokenizer {

  @Override
  public String tokenize(String line) {
    int[] cps = line.codePoints().toArray();
    int[] pass1 = splitPunctuationAfterNonNumber(cps);
    int[] pass2 = splitPunctuationBeforeNonNumber(pass1);
    StringBuilder out = new StringBuilder(pass2.length + pass2.length / 2);
    for (int cp : pass2) {
      if (UnicodeClasses.isSymbol(cp)) {
        out.append(' ').appendCodePoint(cp).append(' ');
      } else {
        out.appendCodePoint(cp);
      }
    }
    return PythonText.normalizeSpaces(out.toString());
  }

  private static int[] splitPunctuationAfterNonNumber(int[] in) {
    IntBuffer out = new IntBuffer(in.length + in.length / 2);
    int i = 0;
    while (i < in.length) {
      if (i + 1 < in.length
          && !UnicodeClasses.isNumber(in[i])
          && UnicodeClasses.isPunctuation(in[i + 1])) {
        out.add(in[i]).add(' ').add(in[i + 1]).add(' ');
        i += 2;
      } else {
        out.add(in[i]);
        i++;
      }
    }
    return out.toArray();
  }

  private static int[] splitPunctuationBeforeNonNumber(int[] in) {
    IntBuffer out = new IntBuffer(in.length + in.length / 2);
    int i = 0;
    while (i < in.length) {
      if (i + 1 < in.length
          && UnicodeClasses.isPunctuation(in[i])
          && !UnicodeClasses.isNumber(in[i + 1])) {
        out.add(' ').add(in[i]).add(' ').add(in[i + 1]);
        i += 2;
      } else {
        out.add(in[i]);
        i++;
      }
    }
    return out.toArray();
  }

  /** A growable int array (code points), local to one call. */
  private static final class IntBuffer {
    private int[] data;
    private int size;

    IntBuffer(int capacity) {
      data = new int[Math.max(capacity, 1)];
    }

    IntBuffer add(int value) {
      if (size == data.length) {
        data = java.util.Arrays.copyOf(data, data.length * 2);
      }
      data[size++] = value;
      return this;
    }

    int[] toArray() {
      return java.util.Arrays.copyOf(data, size);
    }
  }
}

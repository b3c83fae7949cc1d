package org.seq4j.eval.report;

/**
 * Escapes text for HTML and SVG (XML) output. Every string that comes from report data (labels,
 * sentences, run names, signatures) goes through {@link #escape} before it is written into a
 * page, in element content and in attribute values alike: the five XML special characters are
 * replaced, so the same escaping is safe in both places.
 */
public final class HtmlText {
  private HtmlText() {}

  /** The text with {@code & < > " '} replaced by entities; null becomes the empty string. */
  public static String escape(String text) {
    if (text == null) {
      return "";
    }
    StringBuilder out = new StringBuilder(text.length() + text.length() / 8);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> {
          // Control characters other than tab/newline are not allowed in XML 1.0 (SVG).
          if (c < ' ' && c != '\t' && c != '\n' && c != '\r') {
            out.append('\uFFFD');
          } else {
            out.append(c);
          }
        }
      }
    }
    return out.toString();
  }
}

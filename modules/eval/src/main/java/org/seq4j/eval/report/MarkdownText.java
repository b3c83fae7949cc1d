package org.seq4j.eval.report;

/**
 * Escapes data for Markdown (CommonMark/GitHub): characters that would start emphasis, code,
 * links, HTML or a table cell border are backslash-escaped, and line breaks become spaces so a
 * value stays inside its table cell or list item.
 */
final class MarkdownText {
  private static final String SPECIAL = "\\`*_[]<>|~&#";

  private MarkdownText() {}

  static String escape(String text) {
    if (text == null) {
      return "";
    }
    StringBuilder out = new StringBuilder(text.length() + 8);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n' || c == '\r' || c == '\t') {
        out.append(' ');
      } else {
        if (SPECIAL.indexOf(c) >= 0) {
          out.append('\\');
        }
        out.append(c);
      }
    }
    return out.toString();
  }

  /** A GitHub-flavoured Markdown table; numeric columns are right-aligned. */
  static String table(TextTable table) {
    StringBuilder out = new StringBuilder();
    out.append('|');
    for (String h : table.header()) {
      out.append(' ').append(escape(h)).append(" |");
    }
    out.append('\n').append('|');
    for (boolean numeric : table.numeric()) {
      out.append(numeric ? " ---: |" : " --- |");
    }
    out.append('\n');
    for (var row : table.rows()) {
      out.append('|');
      for (String cell : row) {
        out.append(' ').append(escape(cell)).append(" |");
      }
      out.append('\n');
    }
    return out.toString();
  }
}

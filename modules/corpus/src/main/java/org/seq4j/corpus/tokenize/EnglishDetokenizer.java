package org.seq4j.corpus.tokenize;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Joins English tokens into readable text by rule, in the spirit of the Moses detokenizer.
 *
 * <ul>
 *   <li>No space before closing punctuation ({@code , . ! ? ; : ) ] } % ...}), before clitics that
 *       start with an apostrophe ({@code 's 're 'll 'd 'm 've '}) and before {@code n't}.
 *   <li>No space after opening brackets and currency signs ({@code ( [ { $ £ €}).
 *   <li>Straight double quotes alternate: the first of a pair attaches to the following token, the
 *       second to the preceding one. PTB quotes ({@code `` ''}) become straight quotes.
 *   <li>Moses escapes ({@code &apos; &quot; &amp; &lt; &gt; &#91; &#93; &#124;}) are unescaped and
 *       the Moses aggressive hyphen {@code @-@} is joined on both sides.
 * </ul>
 *
 * <p>Rules are set lookups per token, with no regular expressions, so output of a whole test set
 * detokenizes in milliseconds. The rules are English-centred but harmless for other Latin-script
 * languages; French spacing before {@code ! ? ;} is not reproduced.
 */
public final class EnglishDetokenizer implements Detokenizer {

  /** Stateless, so one shared instance suffices. */
  public static final EnglishDetokenizer INSTANCE = new EnglishDetokenizer();

  private static final String DOUBLE_QUOTE = "\"";
  private static final String MOSES_HYPHEN = "@-@";
  private static final String NEGATION_CLITIC = "n't";
  private static final char APOSTROPHE = '\'';

  private static final Set<String> ATTACH_LEFT =
      Set.of(
          ",", ".", "!", "?", ";", ":", ")", "]", "}", "%", "...", "…", "”", "’", "»", "''", "'");

  private static final Set<String> ATTACH_RIGHT = Set.of("(", "[", "{", "$", "£", "€", "“", "‘", "«", "``");

  /** Moses escapes in replacement order: {@code &amp;} last, so "&amp;apos;" gives "&apos;". */
  private static final List<Map.Entry<String, String>> MOSES_ESCAPES =
      List.of(
          Map.entry("&apos;", "'"),
          Map.entry("&quot;", "\""),
          Map.entry("&lt;", "<"),
          Map.entry("&gt;", ">"),
          Map.entry("&#91;", "["),
          Map.entry("&#93;", "]"),
          Map.entry("&#124;", "|"),
          Map.entry("&amp;", "&"));

  private static final Map<String, String> PTB_QUOTES = Map.of("``", "\"", "''", "\"");

  private EnglishDetokenizer() {}

  @Override
  public String detokenize(List<String> tokens) {
    StringBuilder text = new StringBuilder();
    boolean glueNext = true;
    boolean insideQuote = false;
    for (String raw : tokens) {
      String token = unescape(raw);
      boolean glueThis;
      boolean glueAfter;
      if (DOUBLE_QUOTE.equals(token)) {
        glueThis = insideQuote;
        glueAfter = !insideQuote;
        insideQuote = !insideQuote;
      } else if (MOSES_HYPHEN.equals(token)) {
        token = "-";
        glueThis = true;
        glueAfter = true;
      } else {
        glueThis = ATTACH_LEFT.contains(token) || isClitic(token);
        glueAfter = ATTACH_RIGHT.contains(token);
      }
      if (text.length() > 0 && !glueThis && !glueNext) {
        text.append(' ');
      }
      text.append(PTB_QUOTES.getOrDefault(token, token));
      glueNext = glueAfter;
    }
    return text.toString();
  }

  private static boolean isClitic(String token) {
    return (token.length() > 1 && token.charAt(0) == APOSTROPHE && Character.isLetter(token.charAt(1)))
        || token.equalsIgnoreCase(NEGATION_CLITIC);
  }

  private static String unescape(String token) {
    if (token.indexOf('&') < 0) {
      return token;
    }
    String result = token;
    for (Map.Entry<String, String> escape : MOSES_ESCAPES) {
      result = result.replace(escape.getKey(), escape.getValue());
    }
    return result;
  }
}

package org.seq4j.eval.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class HtmlTextTest {
  @Test
  void escapesTheFiveXmlSpecialCharacters() {
    assertEquals("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;y&#39;",
        HtmlText.escape("<script>alert(\"x\")</script> & 'y'"));
  }

  @Test
  void keepsUnicodeAndHandlesNullAndControlCharacters() {
    assertEquals("Fahrrad fährt — 自転車", HtmlText.escape("Fahrrad fährt — 自転車"));
    assertEquals("", HtmlText.escape(null));
    assertEquals("a\uFFFDb\tc", HtmlText.escape("a\u0001b\tc"));
  }

  @Test
  void alreadyEscapedTextIsEscapedAgain() {
    assertEquals("&amp;lt;", HtmlText.escape("&lt;"));
  }
}

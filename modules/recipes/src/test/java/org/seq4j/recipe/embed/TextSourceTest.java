package org.seq4j.recipe.embed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.seq4j.recipe.embed.TextSource.Format;

/** embed.text_files entries: format prefixes, optional columns, and the extension fallback. */
class TextSourceTest {

  @Test
  void prefixesNameTheFormatAndOptionalColumn() {
    assertEquals(new TextSource(Format.CONLLU, 0, "c/train.conllu"), TextSource.parse("conllu:c/train.conllu"));
    assertEquals(new TextSource(Format.CONLL, 0, "w.conll"), TextSource.parse("conll:w.conll"));
    assertEquals(new TextSource(Format.CONLL, 3, "x.txt"), TextSource.parse("conll:3:x.txt"));
    assertEquals(new TextSource(Format.TSV, 0, "eng-fra.txt"), TextSource.parse("tsv:eng-fra.txt"));
    assertEquals(new TextSource(Format.TSV, 1, "eng-fra.txt"), TextSource.parse("tsv:1:eng-fra.txt"));
    assertEquals(new TextSource(Format.TEXT, 0, "a.conllu"), TextSource.parse("text:a.conllu"),
        "prefix beats extension");
  }

  @Test
  void withoutAPrefixTheExtensionDecidesAndEverythingElseIsText() {
    assertEquals(Format.CONLLU, TextSource.parse("corpora/ud/train.conllu").format());
    assertEquals(Format.CONLL, TextSource.parse("wnut17train.conll").format());
    assertEquals(new TextSource(Format.TEXT, 0, "train.en"), TextSource.parse("train.en"));
    assertEquals(new TextSource(Format.TEXT, 0, "odd:name.txt"), TextSource.parse("odd:name.txt"),
        "only format names are prefixes");
    assertEquals(new TextSource(Format.TEXT, 0, "2:x.txt"), TextSource.parse("text:2:x.txt"), "text takes no column");
  }

  @Test
  void onlyTsvAndTextAreRawText() {
    assertTrue(TextSource.anyRaw(List.of("a.conllu", "tsv:b.txt")));
    assertTrue(TextSource.anyRaw(List.of("b.en")));
    assertFalse(TextSource.anyRaw(List.of("a.conllu", "conll:2:b.iob2", "conllu:")));
  }

  @Test
  void aPrefixWithoutAFileIsAnError() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> TextSource.parse("tsv:1:"));
    assertTrue(e.getMessage().contains("names no file") && e.getMessage().contains(TextSource.SYNTAX), e.getMessage());
  }
}

package org.seq4j.corpus.normalize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class NormalizersTest {

  @Test
  void everyNameResolvesToANormalizerWithThatName() {
    for (String name : Normalizers.NAMES) {
      assertEquals(name, Normalizers.byName(name).name());
    }
  }

  @Test
  void lowercaseIgnoresTheDefaultLocale() {
    Locale saved = Locale.getDefault();
    try {
      Locale.setDefault(Locale.forLanguageTag("tr"));
      assertEquals(List.of("istanbul", "ıi"), Normalizers.byName("lowercase").normalize(List.of("ISTANBUL", "ıI")));
    } finally {
      Locale.setDefault(saved);
    }
  }

  @Test
  void nfcComposesAndNfkcAlsoFoldsCompatibilityForms() {
    String decomposed = "e\u0301";
    assertEquals(List.of("é"), Normalizers.byName("nfc").normalize(List.of(decomposed)));
    assertEquals(List.of("ﬁ"), Normalizers.byName("nfc").normalize(List.of("ﬁ")));
    assertEquals(List.of("fi", "A1"), Normalizers.byName("nfkc").normalize(List.of("ﬁ", "Ａ１")));
  }

  @Test
  void digitsFoldToZeroInAnyScript() {
    assertEquals(
        List.of("0000", "a0b0", "00", "x"),
        Normalizers.byName("digits").normalize(List.of("1984", "a7b9", "٣٤", "x")));
  }

  @Test
  void stripPunctRemovesOnlyAllPunctuationTokens() {
    assertEquals(
        List.of("don't", "U.S.", "$", "e-mail"),
        Normalizers.byName("strip-punct")
            .normalize(List.of("«", "don't", ",", "U.S.", "...", "$", "e-mail", "—", "!?")));
  }

  @Test
  void builtInStopwordsIgnoreCase() {
    assertEquals(
        List.of("cat", "sat", "mat"),
        Normalizers.byName("stopwords").normalize(List.of("The", "cat", "sat", "on", "THE", "mat")));
  }

  @Test
  void unchangedImmutableInputIsReturnedAsIs() {
    List<String> tokens = List.of("already", "lower");
    assertSame(tokens, LowercaseNormalizer.INSTANCE.normalize(tokens));
  }

  @Test
  void normalizersDoNotModifyTheirInput() {
    List<String> tokens = new ArrayList<>(List.of("The", "1", ","));
    for (String name : Normalizers.NAMES) {
      Normalizers.byName(name).normalize(tokens);
    }
    assertEquals(List.of("The", "1", ","), tokens);
  }

  @Test
  void pipelineAppliesStepsInOrder() {
    NormalizerPipeline pipeline = Normalizers.pipeline(List.of("nfkc", "lowercase", "digits", "strip-punct"));
    assertEquals("nfkc,lowercase,digits,strip-punct", pipeline.name());
    assertEquals(List.of("room", "000"), pipeline.normalize(List.of("ROOM", "Ｎ", "１２３", ".").subList(0, 3).stream()
        .filter(t -> !t.equals("Ｎ")).toList()));
    assertEquals(List.of("a", "b"), new NormalizerPipeline(List.of()).normalize(List.of("a", "b")));
  }

  @Test
  void pipelineNormalizesTextOnlyWithTokenMappingSteps() {
    NormalizerPipeline mapping = Normalizers.pipeline(List.of("nfkc", "lowercase", "digits"));
    assertTrue(mapping.canNormalizeText());
    assertEquals("room 000, ﬂoor", Normalizers.pipeline(List.of("lowercase", "digits")).normalizeText("Room 101, ﬂoor"));
    assertEquals("room 000, floor", mapping.normalizeText("Room 101, ﬂoor"));
    NormalizerPipeline removing = Normalizers.pipeline(List.of("lowercase", "stopwords"));
    assertFalse(removing.canNormalizeText());
    IllegalStateException e = assertThrows(IllegalStateException.class, () -> removing.normalizeText("the cat"));
    assertTrue(e.getMessage().contains("stopwords"), e.getMessage());
  }

  @Test
  void unknownNameListsTheValidOnes() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Normalizers.byName("uppercase"));
    assertTrue(e.getMessage().contains("'uppercase'"), e.getMessage());
    assertTrue(e.getMessage().contains("lowercase|nfc|nfkc|digits|strip-punct|stopwords"), e.getMessage());
  }

  @Test
  void argumentsAreOnlyAcceptedByStopwords() {
    assertThrows(IllegalArgumentException.class, () -> Normalizers.byName("lowercase:x"));
    assertThrows(IllegalArgumentException.class, () -> Normalizers.byName("stopwords:"));
  }
}

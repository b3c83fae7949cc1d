package org.seq4j.tagger.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.seq4j.nn.crf.TransitionConstraints;

class DecodingConstraintsTest {

  @Test
  void detectsTheSchemeOfATagSet() {
    assertEquals(DecodingConstraints.IOB2, DecodingConstraints.detect(List.of("O", "B-PER", "I-PER")));
    assertEquals(DecodingConstraints.BIOES, DecodingConstraints.detect(List.of("O", "S-LOC", "B-PER", "E-PER")));
    assertEquals(DecodingConstraints.NONE, DecodingConstraints.detect(List.of("NOUN", "VERB", "X")));
    assertEquals(DecodingConstraints.NONE, DecodingConstraints.detect(List.of("O")));
  }

  @Test
  void bioesAllowsOnlyWellFormedChunks() {
    List<String> tags = List.of("O", "B-PER", "I-PER", "E-PER", "S-PER", "B-LOC", "E-LOC");
    TransitionConstraints c = DecodingConstraints.BIOES.forTags(tags);
    int o = 0;
    int bPer = 1;
    int iPer = 2;
    int ePer = 3;
    int sPer = 4;
    int bLoc = 5;
    int eLoc = 6;
    assertTrue(c.isAllowed(bPer, iPer));
    assertTrue(c.isAllowed(bPer, ePer));
    assertTrue(c.isAllowed(iPer, ePer));
    assertTrue(c.isAllowed(ePer, o));
    assertTrue(c.isAllowed(sPer, bLoc));
    assertTrue(c.isAllowed(o, sPer));
    assertFalse(c.isAllowed(bPer, o));
    assertFalse(c.isAllowed(bPer, eLoc));
    assertFalse(c.isAllowed(o, iPer));
    assertFalse(c.isAllowed(ePer, ePer));
    assertTrue(c.isAllowedStart(bPer) && c.isAllowedStart(sPer) && c.isAllowedStart(o));
    assertFalse(c.isAllowedStart(iPer) || c.isAllowedStart(ePer));
    assertFalse(c.isAllowedEnd(bPer) || c.isAllowedEnd(iPer));
    assertTrue(c.isAllowedEnd(ePer) && c.isAllowedEnd(sPer));
  }

  @Test
  void autoResolvesFromTheTags() {
    List<String> tags = List.of("O", "B-PER", "I-PER");
    TransitionConstraints c = DecodingConstraints.AUTO.forTags(tags);
    assertFalse(c.isAllowed(0, 2));
    assertTrue(DecodingConstraints.AUTO.forTags(List.of("NOUN", "VERB")).isAllowed(0, 1));
  }
}

package org.seq4j.corpus.tokenize;

import java.util.List;

/** Joins tokens with single spaces: the inverse of {@link WhitespaceTokenizer}. */
public final class SpaceJoiningDetokenizer implements Detokenizer {

  /** Stateless, so one shared instance suffices. */
  public static final SpaceJoiningDetokenizer INSTANCE = new SpaceJoiningDetokenizer();

  private SpaceJoiningDetokenizer() {}

  @Override
  public String detokenize(List<String> tokens) {
    return String.join(" ", tokens);
  }
}

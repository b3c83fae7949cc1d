package org.seq4j.recipe.section;

import java.util.Locale;

/** The data splits, in the order they are prepared and reported. */
public enum Split {
  TRAIN,
  DEV,
  TEST;

  /** The lower-case name used in file names and stats.json. */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }
}

package org.seq4j.recipe.section;

/** What a recipe trains: per-token tagging (POS, NER) or sentence-to-sentence translation. */
public enum Task {
  TAGGING,
  TRANSLATION
}

package org.seq4j.recipe.stage;

/** What stages hand to each other inside a run directory. */
public enum Artifact {
  PREPARED_DATA("prepared data", StageName.PREPARE),
  EMBEDDINGS("word embeddings", StageName.EMBED),
  MODEL("a trained model", StageName.TRAIN),
  PREDICTIONS("predictions and metrics", StageName.EVALUATE);

  private final String description;
  private final StageName producer;

  Artifact(String description, StageName producer) {
    this.description = description;
    this.producer = producer;
  }

  /** Words for messages: "a trained model". */
  public String description() {
    return description;
  }

  /** The stage that produces it. */
  public StageName producer() {
    return producer;
  }
}

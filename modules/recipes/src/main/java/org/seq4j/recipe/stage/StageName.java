package org.seq4j.recipe.stage;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.seq4j.recipe.section.EmbedSection;
import org.seq4j.recipe.section.Task;

/** The stages of a run, in the only order they can run. */
public enum StageName {
  PREPARE,
  EMBED,
  TRAIN,
  EVALUATE,
  REPORT;

  /** The lower-case name recipes use. */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * The stages a task uses when a recipe gives no {@code stages} list: all of them, in order;
   * {@code embed} only when the recipe asks for embeddings ({@code embed.method} is not none).
   */
  public static List<StageName> defaultsFor(Task task, EmbedSection.Method embedding) {
    List<StageName> stages = new ArrayList<>(List.of(values()));
    if (embedding == EmbedSection.Method.NONE) {
      stages.remove(EMBED);
    }
    return List.copyOf(stages);
  }
}

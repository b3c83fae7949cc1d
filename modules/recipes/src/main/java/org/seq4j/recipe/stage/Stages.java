package org.seq4j.recipe.stage;

import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.seq4j.recipe.prepare.PrepareStage;
import org.seq4j.recipe.report.ReportStage;
import org.seq4j.recipe.section.EmbedSection;

/**
 * The stages of this version of seq4j. Prepare and report run; embed, train and evaluate are
 * declared (with what they need and produce) but not implemented yet.
 */
public final class Stages {
  private Stages() {}

  /** Every stage by name. */
  public static Map<StageName, Stage> all() {
    Map<StageName, Stage> stages = new EnumMap<>(StageName.class);
    stages.put(StageName.PREPARE, new PrepareStage());
    stages.put(StageName.EMBED, new UnavailableStage(StageName.EMBED,
        r -> Set.of(Artifact.PREPARED_DATA), Set.of(Artifact.EMBEDDINGS)));
    stages.put(StageName.TRAIN, new UnavailableStage(StageName.TRAIN,
        r -> r.embed().method() == EmbedSection.Method.NONE
            ? Set.of(Artifact.PREPARED_DATA)
            : EnumSet.of(Artifact.PREPARED_DATA, Artifact.EMBEDDINGS),
        Set.of(Artifact.MODEL)));
    stages.put(StageName.EVALUATE, new UnavailableStage(StageName.EVALUATE,
        r -> EnumSet.of(Artifact.PREPARED_DATA, Artifact.MODEL), Set.of(Artifact.PREDICTIONS)));
    stages.put(StageName.REPORT, new ReportStage());
    return Collections.unmodifiableMap(stages);
  }
}

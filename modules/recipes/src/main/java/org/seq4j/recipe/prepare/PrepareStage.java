package org.seq4j.recipe.prepare;

import java.io.IOException;
import java.nio.file.Files;
import java.util.Optional;
import java.util.Set;
import org.seq4j.recipe.Recipe;
import org.seq4j.recipe.stage.Artifact;
import org.seq4j.recipe.stage.Stage;
import org.seq4j.recipe.stage.StageContext;
import org.seq4j.recipe.stage.StageName;
import org.seq4j.recipe.stage.StageResult;

/** The prepare stage: {@link CorpusPreparation} into the stage's output directory. */
public final class PrepareStage implements Stage {

  @Override
  public StageName name() {
    return StageName.PREPARE;
  }

  @Override
  public Set<Artifact> needs(Recipe recipe) {
    return Set.of();
  }

  @Override
  public Set<Artifact> produces() {
    return Set.of(Artifact.PREPARED_DATA);
  }

  @Override
  public boolean isAvailable() {
    return true;
  }

  @Override
  public StageResult run(StageContext context) throws IOException {
    PreparedCorpus corpus = CorpusPreparation.prepare(
        context.recipe(), context.workDir(), context.outDir(), context.progress());
    context.log().info("prepare: wrote " + corpus.files().size() + " files to " + context.outDir());
    return new StageResult(Optional.of(corpus.stats()), Optional.of(PreparationSummary.render(corpus.stats())),
        corpus.tokens());
  }

  /** Keeps the prepared files when the last one written ({@value CorpusPreparation#SUMMARY_FILE}) is there. */
  @Override
  public Optional<StageResult> resumeFrom(StageContext context, StageResult recorded) {
    return Files.isRegularFile(context.outDir().resolve(CorpusPreparation.SUMMARY_FILE))
        ? Optional.of(recorded) : Optional.empty();
  }
}

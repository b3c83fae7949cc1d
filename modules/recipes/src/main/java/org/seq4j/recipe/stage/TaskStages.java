package org.seq4j.recipe.stage;

import java.io.IOException;

/**
 * One task's implementation of the model stages: what {@code train} and {@code evaluate} do for
 * tagging or for translation. {@link TaskStage#train} and {@link TaskStage#evaluate} pick the
 * implementation by the recipe's {@code task}, so the stage plan (needs, produces) is declared once
 * for all tasks.
 *
 * <p>Contract of the run directory ({@link StageContext#outDir()} is the run directory for these
 * stages): prepared data is in {@code prepared/} (the prepare stage's output), embeddings in
 * {@value #EMBEDDINGS_FILE} when the embed stage ran, the trained model in {@value #MODEL_FILE},
 * training curves in {@code metrics.jsonl}, and predictions in {@value #PREDICTIONS_DIR}.
 */
public interface TaskStages {
  /** The trained model, one zip, in the run directory. */
  String MODEL_FILE = "model.zip";
  /** Word vectors the embed stage wrote (word2vec text format), in the run directory. */
  String EMBEDDINGS_FILE = "embeddings.vec";
  /** Predictions of the evaluate stage, one file per split, in the input's format. */
  String PREDICTIONS_DIR = "predictions";

  /** Trains a model and writes {@value #MODEL_FILE}. */
  StageResult train(StageContext context) throws IOException;

  /** Scores the model on the recipe's evaluation splits and writes predictions. */
  StageResult evaluate(StageContext context) throws IOException;
}

package org.seq4j.recipe.translation;

import java.io.IOException;
import org.seq4j.recipe.stage.StageContext;
import org.seq4j.recipe.stage.StageResult;
import org.seq4j.recipe.stage.TaskStages;

/**
 * Train and evaluate for {@code task: translation}: an encoder-decoder from the seq2seq module
 * trained on the prepared splits ({@link TranslationTraining}), then scored sacreBLEU-exact on
 * detokenized output ({@link TranslationEvaluation}). The recipe-to-model mapping is {@link
 * TranslationRecipeSettings}.
 */
public final class TranslationStages implements TaskStages {

  @Override
  public StageResult train(StageContext context) throws IOException {
    return TranslationTraining.run(context);
  }

  @Override
  public StageResult evaluate(StageContext context) throws IOException {
    return TranslationEvaluation.run(context);
  }
}

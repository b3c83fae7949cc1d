/**
 * Training taggers: {@link org.seq4j.tagger.train.TaggerTrainer} with
 * {@link org.seq4j.tagger.train.TaggerTrainingOptions} (a recipe's {@code train} section), dev
 * scoring with seq4j-eval ({@link org.seq4j.tagger.train.DevScorer}), on nn's generic training loop.
 */
package org.seq4j.tagger.train;

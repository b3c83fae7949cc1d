/**
 * The tagger network and what describes it: {@link org.seq4j.tagger.model.TaggerConfig} (the
 * {@code config.json} of a model file), {@link org.seq4j.tagger.model.TaggerVocabularies} (words,
 * characters, tags and sentence encoding), and {@link org.seq4j.tagger.model.TaggerNetwork}
 * (embeddings and character features, a bidirectional recurrent encoder, softmax or CRF output)
 * built from nn's explicit forward/backward layers.
 */
package org.seq4j.tagger.model;

package org.seq4j.embeddings;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.deeplearning4j.models.embeddings.learning.impl.elements.CBOW;
import org.deeplearning4j.models.embeddings.learning.impl.elements.SkipGram;
import org.deeplearning4j.models.word2vec.VocabWord;
import org.deeplearning4j.models.word2vec.Word2Vec;
import org.deeplearning4j.text.sentenceiterator.CollectionSentenceIterator;
import org.deeplearning4j.text.tokenization.tokenizerfactory.DefaultTokenizerFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Trains word2vec with DL4J's {@link Word2Vec} on already tokenized sentences (tokens separated by
 * single spaces, as seq4j's prepare stage writes them), and returns plain {@link WordVectors}, so
 * nothing downstream depends on DL4J's model classes.
 *
 * <p>Determinism: training uses one worker thread and the recipe's seed, which is as close as
 * DL4J 1.0.0-M2.1 gets: its worker still groups sentences into update batches by how many the
 * reader thread has ready, so vectors differ between runs by up to ~7e-3 (measured), even with
 * hierarchical softmax. Batch size 1 would remove the race but did not finish 3,000 EWT sentences
 * in 15 minutes. Runs with an embed stage are therefore close, not bit-identical. Tokenization is whitespace only, because the
 * corpus module already tokenized and normalised the text (no second, different preprocessing).
 */
public final class Word2VecTrainer {
  private static final Logger LOG = LoggerFactory.getLogger(Word2VecTrainer.class);
  private static final int WORKERS = 1;
  private static final int BATCH_SIZE = 512;

  private Word2VecTrainer() {}

  public static WordVectors train(Collection<String> sentences, Word2VecSettings s) {
    Word2Vec.Builder b =
        new Word2Vec.Builder()
            .minWordFrequency(s.minCount())
            .layerSize(s.dimension())
            .windowSize(s.window())
            .epochs(s.epochs())
            .iterations(1)
            .learningRate(s.learningRate())
            .seed(s.seed())
            .workers(WORKERS)
            .batchSize(BATCH_SIZE)
            .iterate(new CollectionSentenceIterator(new ArrayList<>(sentences)))
            .tokenizerFactory(new DefaultTokenizerFactory())
            .elementsLearningAlgorithm(
                s.algorithm() == Word2VecSettings.Algorithm.CBOW
                    ? new CBOW<VocabWord>()
                    : new SkipGram<VocabWord>());
    if (s.negative() > 0) {
      b.negativeSample(s.negative()).useHierarchicSoftmax(false);
    } else {
      b.useHierarchicSoftmax(true);
    }
    Word2Vec w2v = b.build();
    w2v.fit();
    List<String> words = new ArrayList<>();
    for (VocabWord w : w2v.getVocab().vocabWords()) {
      words.add(w.getLabel());
    }
    words.sort(
        java.util.Comparator.comparingDouble((String w) -> -w2v.getVocab().wordFrequency(w))
            .thenComparing(java.util.Comparator.naturalOrder()));
    float[] values = new float[words.size() * s.dimension()];
    for (int i = 0; i < words.size(); i++) {
      float[] v = w2v.getWordVectorMatrix(words.get(i)).toFloatVector();
      System.arraycopy(v, 0, values, i * s.dimension(), s.dimension());
    }
    LOG.info("word2vec: {} words x {} dims from {} sentences", words.size(), s.dimension(), sentences.size());
    return new WordVectors(words, values, s.dimension());
  }
}

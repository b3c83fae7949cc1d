package org.seq4j.tagger.train;

import java.util.Collection;
import java.util.List;
import org.seq4j.corpus.TaggedSentence;
import org.seq4j.corpus.vocab.SpecialToken;
import org.seq4j.corpus.vocab.Vocabulary;
import org.seq4j.corpus.vocab.VocabularyBuilder;
import org.seq4j.tagger.model.TaggerConfig;
import org.seq4j.tagger.model.TaggerVocabularies;

/**
 * The vocabularies a training run uses: {@link TaggerVocabularies#build} with the options' frequency
 * cut-off, and, with {@link TaggerTrainingOptions#maxWords}, only the {@code max_words} most frequent
 * training words (in their lookup form; equal counts in string order, the order {@link
 * VocabularyBuilder} gives ids in). So the words are exactly what a {@link VocabularyBuilder} over
 * the same lookup forms builds with {@code build(minWordFrequency, maxWords, PAD_AND_UNK)}: a recipe's
 * prepared word vocabulary.
 *
 * <p>Design: the cap applies to training words only; words added for pretrained vectors come after
 * it (a training word cut by the cap that has a vector gets its row back as a vector word, as a word
 * under the frequency cut-off does). Without a cap this is {@link TaggerVocabularies#build} itself.
 */
final class TrainingVocabularies {
  /** Vector words count once; training words keep their training counts. */
  private static final int EVERY_WORD = 1;

  private TrainingVocabularies() {}

  static TaggerVocabularies build(List<TaggedSentence> train, TaggerTrainingOptions options, TaggerConfig config,
      Collection<String> extraWords) {
    if (options.maxWords() == TaggerTrainingOptions.NO_WORD_LIMIT) {
      return TaggerVocabularies.build(train, options.minWordFrequency(), config, extraWords);
    }
    TaggerVocabularies counted = TaggerVocabularies.build(train, options.minWordFrequency(), config);
    Vocabulary trainWords = counted.words();
    VocabularyBuilder kept = new VocabularyBuilder();
    int regular = 0;
    for (int id = 0; id < trainWords.size() && regular < options.maxWords(); id++) {
      String word = trainWords.token(id);
      if (SpecialToken.fromToken(word) == null) {
        for (long k = 0; k < trainWords.count(id); k++) {
          kept.add(word);
        }
        regular++;
      }
    }
    for (String extra : extraWords) {
      String form = TaggerVocabularies.lookupForm(extra, config);
      if (!form.isEmpty() && kept.count(form) == 0 && SpecialToken.fromToken(form) == null) {
        kept.add(form);
      }
    }
    Vocabulary words = kept.build(EVERY_WORD, VocabularyBuilder.UNLIMITED, VocabularyBuilder.PAD_AND_UNK);
    return new TaggerVocabularies(words, counted.chars(), counted.tags(), config);
  }
}

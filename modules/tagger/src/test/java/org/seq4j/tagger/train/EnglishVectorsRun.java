package org.seq4j.tagger.train;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.seq4j.corpus.TaggedSentence;
import org.seq4j.corpus.io.conll.ConllColumnFormat;
import org.seq4j.corpus.io.conll.ConllReader;
import org.seq4j.corpus.io.conllu.ConllUReader;
import org.seq4j.corpus.io.conllu.ConllUTagColumn;
import org.seq4j.corpus.tokenize.Tokenizer;
import org.seq4j.corpus.tokenize.Tokenizers;
import org.seq4j.embeddings.VectorFormat;
import org.seq4j.embeddings.Word2VecSettings;
import org.seq4j.embeddings.Word2VecTrainer;
import org.seq4j.embeddings.WordVectors;
import org.seq4j.embeddings.WordVectorsWriter;
import org.seq4j.nn.backend.NativeBackend;
import org.seq4j.tagger.model.TaggerConfig;
import org.seq4j.tagger.model.TaggerVocabularies;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Measurement support, not a test: trains word2vec on all the English text of the mirrored corpora
 * that is not dev or test data of a tagging task (EWT train, WNUT-17 train, Multi30k train and
 * val, Tatoeba English, each sentence once) and writes the vectors as word2vec text, for
 * {@link CorpusTrainingRun}'s {@code -Dseq4j.run.vectors}. Words are in the lookup form of a
 * {@code lowercase_words: true, normalize_digits: true} model. EWT/UNER dev and test text is left
 * out on purpose: vectors trained on test sentences would leak them. The recipes ud-ewt-upos.yaml,
 * ud-ewt-xpos.yaml and wnut17-ner.yaml train on the same text with the same settings in their embed
 * stage (checked: the same 143,467 distinct sentences and 1,382,511 tokens, in this order for the EWT
 * recipes; WNUT-17 first for wnut17-ner), so a recipe run reproduces this configuration. Run:
 *
 * <pre>mvn -B -o -q -pl modules/tagger test -Dtest=EnglishVectorsRun -Dseq4j.w2v.run=true [-Dseq4j.w2v.out=FILE]</pre>
 */
@EnabledIfSystemProperty(named = "seq4j.w2v.run", matches = "true")
class EnglishVectorsRun {

  private static final Logger LOG = LoggerFactory.getLogger(EnglishVectorsRun.class);
  private static final Path CORPORA = Path.of(System.getProperty("seq4j.corpora", "../../corpora"));
  static final Path DEFAULT_OUT = Path.of("target", "english-w2v-100d.txt");
  private static final TaggerConfig LOOKUP = TaggerConfig.defaults()
      .with(Map.of("lowercase_words", true, "normalize_digits", true));
  private static final String TATOEBA_SEPARATOR = "\t";
  private static final long SEED = 42L;
  private static final int DIMENSION = Integer.getInteger("seq4j.w2v.dim", Word2VecSettings.DEFAULT_DIMENSION);
  private static final int EPOCHS = Integer.getInteger("seq4j.w2v.epochs", 10);
  private static final int MIN_COUNT = Integer.getInteger("seq4j.w2v.min_count", 2);

  @Test
  void trainVectors() throws IOException {
    Path ewt = CORPORA.resolve("ud-en-ewt/en_ewt-ud-train.conllu");
    Assumptions.assumeTrue(Files.isReadable(ewt), "EWT not found at " + ewt);
    NativeBackend.configureFromEnvironment();
    Set<String> sentences = new LinkedHashSet<>();
    try (var reader = ConllUReader.openTagged(ewt, ConllUTagColumn.UPOS)) {
      reader.readAll().forEach(s -> sentences.add(line(s.words())));
    }
    Path wnut = CORPORA.resolve("wnut17/wnut17train.conll");
    if (Files.isReadable(wnut)) {
      try (var reader = ConllReader.openTagged(wnut, ConllColumnFormat.WORD_TAB_TAG)) {
        reader.readAll().stream().map(TaggedSentence::words).forEach(w -> sentences.add(line(w)));
      }
    }
    Tokenizer tokenizer = Tokenizers.byName("opennlp");
    List<String> raw = new ArrayList<>();
    for (String file : List.of("multi30k-de-en/raw/train.en", "multi30k-de-en/raw/val.en")) {
      Path path = CORPORA.resolve(file);
      if (Files.isReadable(path)) {
        raw.addAll(Files.readAllLines(path, StandardCharsets.UTF_8));
      }
    }
    Path tatoeba = CORPORA.resolve("tatoeba-en-fr/eng-fra.txt");
    if (Files.isReadable(tatoeba)) {
      for (String l : Files.readAllLines(tatoeba, StandardCharsets.UTF_8)) {
        raw.add(l.split(TATOEBA_SEPARATOR, 2)[0]);
      }
    }
    new LinkedHashSet<>(raw).forEach(text -> {
      List<String> tokens = tokenizer.tokenize(text);
      if (!tokens.isEmpty()) {
        sentences.add(line(tokens));
      }
    });
    long tokens = sentences.stream().mapToLong(s -> s.split(" ").length).sum();
    LOG.info("word2vec text: {} sentences, {} tokens; dim {}, epochs {}, min count {}", sentences.size(), tokens,
        DIMENSION, EPOCHS, MIN_COUNT);
    Word2VecSettings settings = new Word2VecSettings(Word2VecSettings.Algorithm.SKIPGRAM, DIMENSION,
        Word2VecSettings.DEFAULT_WINDOW, MIN_COUNT, EPOCHS, Word2VecSettings.DEFAULT_NEGATIVE,
        Word2VecSettings.DEFAULT_LEARNING_RATE, SEED);
    long start = System.nanoTime();
    WordVectors vectors = Word2VecTrainer.train(sentences, settings);
    Path out = Path.of(System.getProperty("seq4j.w2v.out", DEFAULT_OUT.toString()));
    Files.createDirectories(out.toAbsolutePath().getParent());
    WordVectorsWriter.write(vectors, out, VectorFormat.WORD2VEC_TEXT);
    LOG.info("RESULT {} vectors x {} in {} s -> {}; neighbours of 'good': {}", vectors.size(), vectors.dimension(),
        (System.nanoTime() - start) / 1e9, out, vectors.nearest("good", 5));
  }

  private static String line(List<String> words) {
    StringBuilder b = new StringBuilder();
    for (String w : words) {
      b.append(b.length() == 0 ? "" : " ").append(TaggerVocabularies.lookupForm(w, LOOKUP));
    }
    return b.toString();
  }
}

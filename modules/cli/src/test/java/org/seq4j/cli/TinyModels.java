package org.seq4j.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.seq4j.corpus.TaggedSentence;
import org.seq4j.corpus.io.conllu.ConllUReader;
import org.seq4j.corpus.io.conllu.ConllUTagColumn;
import org.seq4j.nn.backend.NativeBackend;
import org.seq4j.nn.train.MetricsLog;
import org.seq4j.tagger.NeuralTagger;
import org.seq4j.tagger.model.TaggerConfig;
import org.seq4j.tagger.train.TaggerTrainer;
import org.seq4j.tagger.train.TaggerTrainingOptions;

/** Small models trained inside the CLI tests, in seconds, on the project's own samples. */
final class TinyModels {

  /** The hand-tagged POS sample shipped in {@code corpora/samples/pos-sample}. */
  static final Path POS_SAMPLE = Path.of(System.getProperty("seq4j.corpora", "../../corpora"), "samples",
      "pos-sample");

  private static final Map<String, Object> TINY_TAGGER = Map.of(
      "embedding_dim", 16, "char_features", "cnn", "char_dim", 8, "char_filters", 16, "hidden", 32, "dropout", 0.0);
  private static final Map<String, Object> SHORT_TRAINING = Map.of(
      "lr", 0.02, "epochs", 25, "batch", 8, "seed", 7);

  private TinyModels() {}

  static List<TaggedSentence> posSample(String split, ConllUTagColumn column) throws IOException {
    try (var reader = ConllUReader.openTagged(POS_SAMPLE.resolve(split + ".conllu"), column)) {
      return reader.readAll();
    }
  }

  /** A tagger for {@code column} trained on the POS sample's train split, saved to {@code file}. */
  static NeuralTagger posTagger(Path file, ConllUTagColumn column) throws IOException {
    NativeBackend.configureFromEnvironment();
    NeuralTagger tagger = new TaggerTrainer(TaggerConfig.defaults().with(TINY_TAGGER),
        TaggerTrainingOptions.defaults().with(SHORT_TRAINING))
        .train(posSample("train", column), List.of(), MetricsLog.discard()).tagger();
    tagger.save(file, Map.of(NeuralTagger.MANIFEST_TAG_COLUMN, column.shortName()));
    return tagger;
  }
}

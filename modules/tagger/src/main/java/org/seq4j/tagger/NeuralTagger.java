package org.seq4j.tagger;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.seq4j.corpus.BadInputException;
import org.seq4j.corpus.batch.BatchPlan;
import org.seq4j.corpus.batch.BatchPlanner;
import org.seq4j.corpus.batch.BatchSize;
import org.seq4j.corpus.batch.BatchingOptions;
import org.seq4j.corpus.batch.TaggingBatch;
import org.seq4j.corpus.batch.TaggingBatcher;
import org.seq4j.corpus.batch.TaggingExample;
import org.seq4j.nn.model.ModelReader;
import org.seq4j.nn.model.ModelWriter;
import org.seq4j.nn.model.SavedModel;
import org.seq4j.tagger.model.CharFeatures;
import org.seq4j.tagger.model.NetworkBatch;
import org.seq4j.tagger.model.TaggerConfig;
import org.seq4j.tagger.model.TaggerNetwork;
import org.seq4j.tagger.model.TaggerVocabularies;

/**
 * A {@link Tagger} backed by a {@link TaggerNetwork}: BiLSTM/GRU/RNN with character features and a
 * softmax or CRF output.
 *
 * <p>Thread-safe: tagging encodes, batches and runs the network with arrays created for the call
 * and only reads the parameters, so one instance can serve many threads (as long as nobody trains
 * it at the same time, which only {@code TaggerTrainer} does, before handing it out). Inputs are
 * never modified; results are immutable lists.
 *
 * <p>{@link #tagAll} sorts the sentences by length and cuts them into batches of at most
 * {@link #INFERENCE_TOKEN_BUDGET} padded tokens (a longer sentence gets a batch of its own), then
 * restores the input order. Empty sentences never reach the network; unknown words and characters
 * map to {@code <unk>}; nothing in the network depends on the sentence length, so sentences longer
 * than any seen in training are tagged like the others.
 */
public final class NeuralTagger implements Tagger {

  /** Model file kind ({@code format.json}'s {@code kind}). */
  public static final String MODEL_KIND = "tagger";
  /** Vocabulary names inside the model file. */
  public static final String WORDS = "words";
  public static final String CHARS = "chars";
  public static final String TAGS = "tags";
  /** Padded token slots per inference batch: big enough for efficient gemms, small in memory. */
  public static final int INFERENCE_TOKEN_BUDGET = 2048;

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final long UNUSED_SEED = 0L;

  private final TaggerConfig config;
  private final TaggerVocabularies vocabularies;
  private final TaggerNetwork network;
  private final BatchPlanner planner =
      new BatchPlanner(BatchingOptions.sorted(BatchSize.tokens(INFERENCE_TOKEN_BUDGET)));

  public NeuralTagger(TaggerConfig config, TaggerVocabularies vocabularies, TaggerNetwork network) {
    this.config = Objects.requireNonNull(config, "config");
    this.vocabularies = Objects.requireNonNull(vocabularies, "vocabularies");
    this.network = Objects.requireNonNull(network, "network");
  }

  @Override
  public List<String> tag(List<String> tokens) {
    return tagAll(List.of(tokens)).get(0);
  }

  @Override
  public List<List<String>> tagAll(List<List<String>> sentences) {
    List<String>[] results = newResults(sentences.size());
    List<TaggingExample> examples = new ArrayList<>();
    List<Integer> positions = new ArrayList<>();
    boolean withChars = config.charFeatures() != CharFeatures.NONE;
    for (int i = 0; i < sentences.size(); i++) {
      List<String> sentence = sentences.get(i);
      if (sentence.isEmpty()) {
        results[i] = List.of();
      } else {
        examples.add(vocabularies.encode(sentence, withChars));
        positions.add(i);
      }
    }
    if (!examples.isEmpty()) {
      TaggingBatcher batcher = new TaggingBatcher(examples);
      BatchPlan plan = planner.planEpoch(batcher.lengths(), 0);
      for (int b = 0; b < plan.size(); b++) {
        TaggingBatch batch = batcher.batch(plan.batch(b));
        int[][] tagIds = network.predict(NetworkBatch.of(batch, withChars, TaggerNetwork.DATA_TYPE));
        for (int row = 0; row < tagIds.length; row++) {
          results[positions.get(batch.exampleIndices()[row])] = vocabularies.decodeTags(tagIds[row]);
        }
      }
    }
    return List.copyOf(Arrays.asList(results));
  }

  @Override
  public List<String> tags() {
    return vocabularies.tags().tokens();
  }

  public TaggerConfig config() {
    return config;
  }

  public TaggerVocabularies vocabularies() {
    return vocabularies;
  }

  /** The network (for training code and parameter inspection; do not train a tagger in use). */
  public TaggerNetwork network() {
    return network;
  }

  /**
   * Writes the model file: config, the word/char/tag vocabularies, all parameters and the given
   * manifest (seq4j version, seed, input checksums: whatever the caller records). Atomic.
   */
  public void save(Path file, Map<String, ?> manifest) throws IOException {
    ModelWriter.of(MODEL_KIND)
        .config(config.toMap())
        .manifest(manifest)
        .vocabulary(WORDS, vocabularies.words())
        .vocabulary(CHARS, vocabularies.chars())
        .vocabulary(TAGS, vocabularies.tags())
        .parameters(network.parameters())
        .write(file);
  }

  /**
   * Reads a model file written by {@link #save}.
   *
   * @throws BadInputException naming the file when it is not a seq4j model, not a tagger, has a
   *     newer format version, or its parameters do not fit its config
   */
  @SuppressWarnings("unchecked")
  public static NeuralTagger load(Path file) {
    SavedModel saved = ModelReader.read(file);
    if (!MODEL_KIND.equals(saved.kind())) {
      throw new BadInputException(saved.source(), BadInputException.NO_LINE,
          "model kind is '" + saved.kind() + "', expected '" + MODEL_KIND + "'");
    }
    TaggerConfig config;
    try {
      config = TaggerConfig.fromMap(JSON.convertValue(saved.config(), Map.class));
    } catch (IllegalArgumentException e) {
      throw new BadInputException(saved.source(), BadInputException.NO_LINE, "config.json: " + e.getMessage(), e);
    }
    TaggerVocabularies vocabularies = new TaggerVocabularies(saved.vocabulary(WORDS), saved.vocabulary(CHARS),
        saved.vocabulary(TAGS), config.lowercaseWords(), config.maxWordChars());
    TaggerNetwork network = TaggerNetwork.create(config, vocabularies, null, UNUSED_SEED);
    saved.loadInto(network.parameters());
    return new NeuralTagger(config, vocabularies, network);
  }

  @SuppressWarnings("unchecked")
  private static List<String>[] newResults(int size) {
    return (List<String>[]) new List<?>[size];
  }
}

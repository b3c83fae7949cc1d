package org.seq4j.tagger;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
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
 * {@link InferenceSettings#tokenBudget()} padded tokens (a longer sentence gets a batch of its own),
 * tags the batches on {@link InferenceSettings#threads()} threads, longest sentences first (they
 * take the most sequential steps), and restores the input order. Every row of a batch is computed
 * exactly as if its sentence were alone (padding is masked in the recurrent layers and the
 * character CNN), so batching, scheduling and threads never change a tag. Empty sentences never
 * reach the network; unknown words and characters map to {@code <unk>}; nothing in the network
 * depends on the sentence length, so sentences longer than any seen in training are tagged like
 * the others.
 */
public final class NeuralTagger implements Tagger {

  /** Model file kind ({@code format.json}'s {@code kind}). */
  public static final String MODEL_KIND = "tagger";
  /** Vocabulary names inside the model file. */
  public static final String WORDS = "words";
  public static final String CHARS = "chars";
  public static final String TAGS = "tags";
  /**
   * Manifest key naming the CoNLL-U column the model was trained on ({@code upos} or {@code xpos});
   * training code records it so that {@code seq4j tag --format conllu} fills the same column.
   */
  public static final String MANIFEST_TAG_COLUMN = "tag_column";
  /** Padded token slots per inference batch by default (see {@link InferenceSettings}). */
  public static final int INFERENCE_TOKEN_BUDGET = InferenceSettings.DEFAULT_TOKEN_BUDGET;

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final long UNUSED_SEED = 0L;

  private final TaggerConfig config;
  private final TaggerVocabularies vocabularies;
  private final TaggerNetwork network;
  private final Map<String, Object> manifest;
  private final InferenceSettings inference;
  private final BatchPlanner planner;

  public NeuralTagger(TaggerConfig config, TaggerVocabularies vocabularies, TaggerNetwork network) {
    this(config, vocabularies, network, Map.of());
  }

  /** A tagger with the manifest its model file carried (see {@link #manifest()}). */
  public NeuralTagger(TaggerConfig config, TaggerVocabularies vocabularies, TaggerNetwork network,
      Map<String, ?> manifest) {
    this(config, vocabularies, network, manifest, InferenceSettings.defaults());
  }

  private NeuralTagger(TaggerConfig config, TaggerVocabularies vocabularies, TaggerNetwork network,
      Map<String, ?> manifest, InferenceSettings inference) {
    this.config = Objects.requireNonNull(config, "config");
    this.vocabularies = Objects.requireNonNull(vocabularies, "vocabularies");
    this.network = Objects.requireNonNull(network, "network");
    this.manifest = Collections.unmodifiableMap(new LinkedHashMap<>(manifest));
    this.inference = Objects.requireNonNull(inference, "inference");
    this.planner = new BatchPlanner(BatchingOptions.sorted(BatchSize.tokens(inference.tokenBudget())));
  }

  /** The same model (sharing its network) with other batching and threading for {@link #tagAll}. */
  public NeuralTagger withInference(InferenceSettings settings) {
    return new NeuralTagger(config, vocabularies, network, manifest, settings);
  }

  public InferenceSettings inference() {
    return inference;
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
      int last = plan.size() - 1;
      // Each job writes the result slots of its own sentences; joining the threads publishes them.
      ParallelBatches.run(plan.size(), inference.threads(), job -> {
        TaggingBatch batch = batcher.batch(plan.batch(last - job));
        int[][] tagIds = network.predict(NetworkBatch.of(batch, withChars, TaggerNetwork.DATA_TYPE));
        for (int row = 0; row < tagIds.length; row++) {
          results[positions.get(batch.exampleIndices()[row])] = vocabularies.decodeTags(tagIds[row]);
        }
      });
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

  /**
   * What the model file's manifest recorded (seed, corpus, {@link #MANIFEST_TAG_COLUMN}, ...); empty
   * for a tagger that was not loaded from a file. Unmodifiable.
   */
  public Map<String, Object> manifest() {
    return manifest;
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
        saved.vocabulary(TAGS), config);
    TaggerNetwork network = TaggerNetwork.create(config, vocabularies, null, UNUSED_SEED);
    saved.loadInto(network.parameters());
    Map<String, Object> manifest = saved.manifest() == null || !saved.manifest().isObject() ? Map.of()
        : JSON.convertValue(saved.manifest(), Map.class);
    return new NeuralTagger(config, vocabularies, network, manifest);
  }

  @SuppressWarnings("unchecked")
  private static List<String>[] newResults(int size) {
    return (List<String>[]) new List<?>[size];
  }
}

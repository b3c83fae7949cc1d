package org.seq4j.recipe.embed;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.seq4j.corpus.TaggedSentence;
import org.seq4j.embeddings.Coverage;
import org.seq4j.embeddings.VectorFormat;
import org.seq4j.embeddings.Word2VecSettings;
import org.seq4j.embeddings.Word2VecTrainer;
import org.seq4j.embeddings.WordVectors;
import org.seq4j.embeddings.WordVectorsWriter;
import org.seq4j.recipe.Recipe;
import org.seq4j.recipe.section.EmbedSection;
import org.seq4j.recipe.section.Split;
import org.seq4j.recipe.section.Task;
import org.seq4j.recipe.stage.Artifact;
import org.seq4j.recipe.stage.Stage;
import org.seq4j.recipe.stage.StageContext;
import org.seq4j.recipe.stage.StageName;
import org.seq4j.recipe.stage.StageResult;
import org.seq4j.recipe.stage.TaskStages;
import org.seq4j.recipe.tagging.PreparedTaggingData;

/**
 * The embed stage: word vectors of {@code model.embedding_dim} dimensions, trained with word2vec
 * on the training split plus {@code embed.text_files} ({@link EmbeddingTexts}) or read from {@code
 * embed.file} ({@link PretrainedVectors}), written to {@value TaskStages#EMBEDDINGS_FILE} (word2vec
 * text) for the train stage, which initialises the model's embedding layer from it. Words are in the
 * model's lookup form ({@link WordLookup}: lowercased and digits as 0 when the model looks words up
 * so), the strings the tagger's vocabulary holds. The corpus statistics get how much of each prepared
 * split's vocabulary, in lookup form, the vectors cover ({@link Coverage}, with the lowercase
 * fallback the initialisation also uses).
 *
 * <p>Tagging only in this version: translation models do not take pretrained embeddings yet, so a
 * translation recipe that sets {@code embed.method} is rejected when it loads, and the stage plan
 * rejects an {@code embed} stage for one before any work starts.
 * <p>Reproducibility: word2vec is seeded with the recipe's seed and runs one worker, but DL4J
 * 1.0.0-M2.1's word2vec is still not bit-reproducible: its worker groups sentences into update
 * batches by how many its reader thread has ready, so batch boundaries, and with them the
 * vectors, depend on timing (measured on the quickstart sample: vectors differ by up to 7e-3
 * between runs, also with hierarchical softmax; batch size 1 would avoid it but is impractically
 * slow). Everything after this stage is deterministic given embeddings.vec; bit-identical
 * embeddings need a word2vec without that race in the embeddings module.
 */
public final class EmbedStage implements Stage {
  /** Key of the embed stage's section in report.json's {@code corpus}. */
  public static final String STATS_KEY = "embeddings";

  @Override
  public StageName name() {
    return StageName.EMBED;
  }

  @Override
  public Set<Artifact> needs(Recipe recipe) {
    return Set.of(Artifact.PREPARED_DATA);
  }

  @Override
  public Set<Artifact> produces() {
    return Set.of(Artifact.EMBEDDINGS);
  }

  @Override
  public boolean isAvailable() {
    return true;
  }

  @Override
  public boolean isAvailableFor(Recipe recipe) {
    return recipe.task() == Task.TAGGING;
  }

  @Override
  public StageResult run(StageContext context) throws IOException {
    Recipe recipe = context.recipe();
    Path runDir = context.outDir();
    EmbedSection embed = recipe.embed();
    Map<Split, List<TaggedSentence>> splits = new EnumMap<>(Split.class);
    for (Split split : Split.values()) {
      if (PreparedTaggingData.has(runDir, split)) {
        splits.put(split, PreparedTaggingData.read(runDir, split));
      }
    }
    WordVectors vectors;
    long tokens = 0;
    String source;
    switch (embed.method()) {
      case WORD2VEC -> {
        List<String> sentences = EmbeddingTexts.sentences(recipe, context.workDir(), runDir);
        long textTokens = 0;
        for (String s : sentences) {
          textTokens += s.split(" ").length;
        }
        context.log().info("embed: word2vec on " + sentences.size() + " distinct sentences (" + textTokens
            + " tokens)");
        vectors = Word2VecTrainer.train(sentences, word2vecSettings(recipe));
        tokens = textTokens * embed.epochs();
        source = "word2vec " + embed.algorithm().name().toLowerCase(Locale.ROOT) + " on train"
            + (embed.textFiles().isEmpty() ? "" : " + " + String.join(", ", embed.textFiles()))
            + " (" + sentences.size() + " distinct sentences, " + textTokens + " tokens)";
      }
      case PRETRAINED -> {
        vectors = PretrainedVectors.read(recipe, context.workDir(), splits.values());
        source = "pretrained " + embed.file().orElseThrow();
      }
      default -> throw new IllegalStateException("embed.method none has no embed stage");
    }
    Path file = runDir.resolve(TaskStages.EMBEDDINGS_FILE);
    WordVectorsWriter.write(vectors, file, VectorFormat.WORD2VEC_TEXT);

    UnaryOperator<String> lookup = WordLookup.of(recipe);
    Map<String, Object> coverage = new LinkedHashMap<>();
    StringBuilder summary = new StringBuilder(String.format(Locale.ROOT, "Embeddings: %s, %d words x %d dims -> %s%n",
        source, vectors.size(), vectors.dimension(), file));
    for (Map.Entry<Split, List<TaggedSentence>> e : splits.entrySet()) {
      Coverage c = Coverage.of(wordCounts(e.getValue(), lookup), vectors);
      coverage.put(e.getKey().id(), coverageStats(c));
      summary.append("  ").append(e.getKey().id()).append(' ').append(c.summary()).append(System.lineSeparator());
      context.log().info("embed: " + e.getKey().id() + " " + c.summary());
    }
    Map<String, Object> stats = new LinkedHashMap<>();
    stats.put("method", embed.method().name().toLowerCase(Locale.ROOT));
    stats.put("source", source);
    stats.put("words", vectors.size());
    stats.put("dimension", vectors.dimension());
    stats.put("frozen", embed.freeze());
    stats.put("coverage", coverage);
    return new StageResult(Optional.of(Map.of(STATS_KEY, stats)), Optional.of(summary.toString()), tokens);
  }

  /**
   * Keeps {@value TaskStages#EMBEDDINGS_FILE} when it is there: word2vec is not bit-reproducible
   * (see above), so keeping the vectors the interrupted run trained with is also what lets a resumed
   * train stage continue with the same embeddings.
   */
  @Override
  public Optional<StageResult> resumeFrom(StageContext context, StageResult recorded) {
    return Files.isRegularFile(context.outDir().resolve(TaskStages.EMBEDDINGS_FILE))
        ? Optional.of(recorded) : Optional.empty();
  }

  /** word2vec settings from the recipe: vector size model.embedding_dim, seeded with the recipe seed. */
  static Word2VecSettings word2vecSettings(Recipe recipe) {
    EmbedSection e = recipe.embed();
    return new Word2VecSettings(
        e.algorithm() == EmbedSection.Algorithm.CBOW ? Word2VecSettings.Algorithm.CBOW : Word2VecSettings.Algorithm.SKIPGRAM,
        recipe.model().embeddingDim(), e.window(), e.minCount(), e.epochs(), e.negative(),
        Word2VecSettings.DEFAULT_LEARNING_RATE, recipe.seed());
  }

  /** Counts of the words in the form the model looks them up. */
  private static Map<String, Long> wordCounts(List<TaggedSentence> sentences, UnaryOperator<String> lookup) {
    Map<String, Long> counts = new LinkedHashMap<>();
    for (TaggedSentence s : sentences) {
      for (String w : s.words()) {
        counts.merge(lookup.apply(w), 1L, Long::sum);
      }
    }
    return counts;
  }

  private static Map<String, Object> coverageStats(Coverage c) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("types", c.types());
    m.put("tokens", c.tokens());
    m.put("types_covered", c.typesWithLowercase());
    m.put("tokens_covered", c.tokensWithLowercase());
    m.put("type_rate", c.typeRate());
    m.put("token_rate", c.tokenRate());
    m.put("types_exact", c.typesExact());
    m.put("tokens_exact", c.tokensExact());
    return m;
  }
}

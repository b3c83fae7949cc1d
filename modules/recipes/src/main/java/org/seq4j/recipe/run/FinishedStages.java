package org.seq4j.recipe.run;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.seq4j.corpus.AtomicFiles;
import org.seq4j.corpus.BadInputException;
import org.seq4j.recipe.stage.StageName;
import org.seq4j.recipe.stage.StageResult;

/**
 * {@value #FILE_NAME}: one record per stage that finished in a run directory (its seconds, tokens,
 * corpus statistics and summary), rewritten atomically when a stage finishes. It is what {@code seq4j
 * run --resume} trusts: every stage writes its outputs atomically before the runner records it, so a
 * stage with a record left complete outputs, and a stage without one was interrupted or never ran.
 * Report sections are not recorded (they are code, not data): a stage that adds some rebuilds them
 * from its outputs ({@link org.seq4j.recipe.stage.Stage#resumeFrom}). Immutable.
 */
public final class FinishedStages {
  public static final String FILE_NAME = "stages.json";
  private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
  private static final String FINISHED = "finished";
  private static final String STAGE = "stage";
  private static final String SECONDS = "seconds";
  private static final String TOKENS = "tokens";
  private static final String SUMMARY = "summary";
  private static final String CORPUS = "corpus";

  /**
   * One finished stage.
   *
   * @param stage the stage
   * @param seconds its wall-clock seconds in the process that ran it
   * @param result what it reported, without report sections
   */
  public record Entry(StageName stage, double seconds, StageResult result) {}

  private final List<Entry> entries;

  private FinishedStages(List<Entry> entries) {
    this.entries = List.copyOf(entries);
  }

  /** No stage finished yet. */
  public static FinishedStages none() {
    return new FinishedStages(List.of());
  }

  /** These records plus one for {@code stage} (its report sections dropped). */
  public FinishedStages plus(StageName stage, double seconds, StageResult result) {
    List<Entry> next = new ArrayList<>(entries);
    next.add(new Entry(stage, seconds, new StageResult(result.corpusStats(), result.summary(), result.tokens())));
    return new FinishedStages(next);
  }

  /** The record of {@code stage}, if it finished. */
  public Optional<Entry> get(StageName stage) {
    return entries.stream().filter(e -> e.stage() == stage).findFirst();
  }

  /** The finished stages' names, in run order. */
  public List<String> names() {
    return entries.stream().map(e -> e.stage().id()).toList();
  }

  /** Writes {@value #FILE_NAME} into the run directory, atomically. */
  public void write(Path runDir) throws IOException {
    ObjectNode root = JSON.createObjectNode();
    ArrayNode finished = root.putArray(FINISHED);
    for (Entry e : entries) {
      ObjectNode node = finished.addObject();
      node.put(STAGE, e.stage().id());
      node.put(SECONDS, e.seconds());
      node.put(TOKENS, e.result().tokens());
      e.result().summary().ifPresent(s -> node.put(SUMMARY, s));
      e.result().corpusStats().ifPresent(stats -> node.set(CORPUS, JSON.valueToTree(stats)));
    }
    AtomicFiles.writeString(runDir.resolve(FILE_NAME), JSON.writeValueAsString(root) + "\n");
  }

  /**
   * Reads {@value #FILE_NAME} from a run directory; none when the file is missing (no stage finished).
   *
   * @throws BadInputException when the file is not what {@link #write} writes
   */
  @SuppressWarnings("unchecked")
  public static FinishedStages read(Path runDir) throws IOException {
    Path file = runDir.resolve(FILE_NAME);
    if (!Files.exists(file)) {
      return none();
    }
    JsonNode root;
    try {
      root = JSON.readTree(file.toFile());
    } catch (JsonProcessingException e) {
      throw new BadInputException(file.toString(), Math.max(0, e.getLocation() == null ? 0 : e.getLocation().getLineNr()),
          "not valid JSON: " + e.getOriginalMessage(), e);
    }
    JsonNode finished = root == null ? null : root.get(FINISHED);
    if (finished == null || !finished.isArray()) {
      throw new BadInputException(file.toString(), BadInputException.NO_LINE,
          "expected {\"" + FINISHED + "\": [...]} as seq4j writes it");
    }
    List<Entry> entries = new ArrayList<>();
    for (JsonNode node : finished) {
      StageName stage = stageName(file, node.path(STAGE).asText(""));
      Optional<Map<String, Object>> corpus = node.has(CORPUS)
          ? Optional.of(JSON.convertValue(node.get(CORPUS), LinkedHashMap.class)) : Optional.empty();
      Optional<String> summary = node.has(SUMMARY) ? Optional.of(node.get(SUMMARY).asText()) : Optional.empty();
      entries.add(new Entry(stage, node.path(SECONDS).asDouble(), new StageResult(corpus, summary,
          node.path(TOKENS).asLong())));
    }
    return new FinishedStages(entries);
  }

  private static StageName stageName(Path file, String id) {
    for (StageName name : StageName.values()) {
      if (name.id().equals(id)) {
        return name;
      }
    }
    throw new BadInputException(file.toString(), BadInputException.NO_LINE, "unknown stage '" + id + "'");
  }
}

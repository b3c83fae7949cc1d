package org.seq4j.recipe.run;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.seq4j.corpus.BadInputException;
import org.seq4j.recipe.Recipe;
import org.seq4j.recipe.RecipeLoader;
import org.seq4j.recipe.RecipeYaml;

/**
 * A run directory that {@code seq4j run --resume} may continue, checked before any work starts: it
 * is a run directory (it has {@value RecipeRunner#RESOLVED_RECIPE_FILE} and {@value
 * ManifestJson#FILE_NAME}), its run did not succeed, the recipe to resume with resolves to exactly
 * the recipe it started with, and every input file is unchanged ({@link #checkInputs}). Any of these
 * failing is a one-line {@link BadInputException} (exit code 2), because continuing would mix two
 * experiments in one directory. Immutable.
 *
 * @param runDir the run directory
 * @param recipeSource the recipe file the run started from (its manifest's {@code recipe})
 * @param started when the run first started
 * @param resumed when it was resumed before, oldest first
 * @param inputs the manifest's input files → SHA-256
 * @param finished the stages that finished ({@link FinishedStages})
 */
public record ResumableRun(Path runDir, String recipeSource, Instant started, List<Instant> resumed,
    Map<String, String> inputs, FinishedStages finished) {
  private static final ObjectMapper JSON = new ObjectMapper();

  public ResumableRun {
    resumed = List.copyOf(resumed);
    inputs = Map.copyOf(inputs);
  }

  /**
   * The recipe a run directory started with ({@value RecipeRunner#RESOLVED_RECIPE_FILE}), with
   * {@code overrides} applied (which then must not change it).
   */
  public static Recipe storedRecipe(Path runDir, List<String> overrides) {
    requireRunDirectory(runDir);
    return RecipeLoader.load(runDir.resolve(RecipeRunner.RESOLVED_RECIPE_FILE), overrides);
  }

  /** Checks that {@code runDir} holds an unfinished run of {@code recipe} and reads where it stands. */
  public static ResumableRun open(Path runDir, Recipe recipe) throws IOException {
    requireRunDirectory(runDir);
    Path stored = runDir.resolve(RecipeRunner.RESOLVED_RECIPE_FILE);
    requireSameRecipe(stored, Files.readString(stored, StandardCharsets.UTF_8), RecipeYaml.write(recipe),
        recipe.settings().source());
    Path manifestFile = runDir.resolve(ManifestJson.FILE_NAME);
    JsonNode manifest;
    try {
      manifest = JSON.readTree(manifestFile.toFile());
    } catch (JsonProcessingException e) {
      throw new BadInputException(manifestFile.toString(), BadInputException.NO_LINE,
          "not valid JSON: " + e.getOriginalMessage(), e);
    }
    String status = manifest.path("status").asText("");
    if (status.equals(Manifest.SUCCEEDED)) {
      throw new BadInputException(manifestFile.toString(), BadInputException.NO_LINE,
          "the run already finished (status " + Manifest.SUCCEEDED + "); nothing to resume");
    }
    Map<String, String> inputs = new LinkedHashMap<>();
    manifest.path("inputs").fields().forEachRemaining(e -> inputs.put(e.getKey(), e.getValue().path("sha256").asText()));
    List<Instant> resumed = new ArrayList<>();
    manifest.path("resumed").forEach(t -> resumed.add(instant(manifestFile, t.asText())));
    return new ResumableRun(runDir, manifest.path("recipe").asText(recipe.settings().source()),
        instant(manifestFile, manifest.path("started").asText()), resumed, inputs, FinishedStages.read(runDir));
  }

  /**
   * Checks the input files have the SHA-256 the manifest recorded when the run started.
   *
   * @param current every input file of the recipe now → SHA-256 ({@link InputFiles#sha256})
   * @throws BadInputException naming the first file that changed or went missing
   */
  public void checkInputs(Map<String, String> current) {
    for (Map.Entry<String, String> e : inputs.entrySet()) {
      String now = current.get(e.getKey());
      if (!e.getValue().equals(now)) {
        throw new BadInputException(e.getKey(), BadInputException.NO_LINE, (now == null ? "is no longer an input"
            : "changed") + " since the run in " + runDir + " started (SHA-256 in its " + ManifestJson.FILE_NAME
            + " differs); resuming would mix two versions of the data: start a new run");
      }
    }
  }

  private static void requireRunDirectory(Path runDir) {
    if (!Files.isDirectory(runDir)) {
      throw new BadInputException(runDir.toString(), BadInputException.NO_LINE, "no such run directory");
    }
    for (String name : List.of(RecipeRunner.RESOLVED_RECIPE_FILE, ManifestJson.FILE_NAME)) {
      if (!Files.isRegularFile(runDir.resolve(name))) {
        throw new BadInputException(runDir.toString(), BadInputException.NO_LINE, "not a run directory (no " + name
            + "); --resume takes the directory a seq4j run wrote into");
      }
    }
  }

  /** The one-line error names the first line where the recipes' resolved forms differ. */
  static void requireSameRecipe(Path stored, String storedYaml, String givenYaml, String givenSource) {
    if (storedYaml.equals(givenYaml)) {
      return;
    }
    List<String> a = storedYaml.lines().toList();
    List<String> b = givenYaml.lines().toList();
    int line = 0;
    while (line < a.size() && line < b.size() && a.get(line).equals(b.get(line))) {
      line++;
    }
    String there = line < a.size() ? "'" + a.get(line).strip() + "'" : "the end of the file";
    String here = line < b.size() ? "'" + b.get(line).strip() + "'" : "nothing";
    throw new BadInputException(stored.toString(), line + 1L, "the run started with " + there + " where "
        + givenSource + " (with its --set overrides) gives " + here + "; resume with the recipe the run started with,"
        + " or give no RECIPE");
  }

  private static Instant instant(Path file, String text) {
    try {
      return Instant.parse(text);
    } catch (DateTimeParseException e) {
      throw new BadInputException(file.toString(), BadInputException.NO_LINE, "'" + text + "' is not a time", e);
    }
  }
}

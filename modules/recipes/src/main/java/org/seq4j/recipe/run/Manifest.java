package org.seq4j.recipe.run;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * manifest.json: what produced a run, so it can be repeated and compared. Immutable.
 *
 * @param seq4jVersion the seq4j version ("dev" when run from classes)
 * @param gitCommit {@code git rev-parse HEAD}, or "unknown"
 * @param jvm JVM version and vendor
 * @param os operating system name, version and architecture
 * @param processors available processors
 * @param backend the ND4J backend summary, if a stage loaded ND4J
 * @param recipe the recipe file (or ad hoc description)
 * @param name the recipe name
 * @param seed the recipe seed
 * @param stages the stages run
 * @param inputs every file the run reads ({@link InputFiles}: data, stop word lists, vectors, word2vec text),
 *     relative to the working directory → SHA-256
 * @param settings every resolved recipe setting (key path → value)
 * @param started when the run started
 * @param ended when the run ended (so far, while it runs)
 * @param status "running" (written when the run starts, so a killed run has a manifest too),
 *     "succeeded" or "failed: message"
 * @param resumed when {@code seq4j run --resume} continued the run, oldest first (empty: never)
 */
public record Manifest(
    String seq4jVersion,
    String gitCommit,
    String jvm,
    String os,
    int processors,
    Optional<String> backend,
    String recipe,
    String name,
    long seed,
    List<String> stages,
    Map<String, String> inputs,
    Map<String, Object> settings,
    Instant started,
    Instant ended,
    String status,
    List<Instant> resumed) {

  /** Status of a run whose process has not ended it (yet): it runs, or it was killed. */
  public static final String RUNNING = "running";
  /** Status of a run that ran every stage. */
  public static final String SUCCEEDED = "succeeded";

  public Manifest {
    stages = List.copyOf(stages);
    resumed = List.copyOf(resumed);
    inputs = Collections.unmodifiableMap(new LinkedHashMap<>(inputs));
    settings = Collections.unmodifiableMap(new LinkedHashMap<>(settings));
  }

  /** The JVM description of the running JVM. */
  public static String currentJava() {
    return System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ", "
        + System.getProperty("java.vm.name") + ")";
  }

  /** The OS description of the running machine. */
  public static String currentOs() {
    return System.getProperty("os.name") + " " + System.getProperty("os.version") + " "
        + System.getProperty("os.arch");
  }

  /** The seq4j version from the jar manifest, or "dev". */
  public static String currentVersion() {
    String v = Manifest.class.getPackage().getImplementationVersion();
    return v == null ? "dev" : v;
  }
}

package org.seq4j.tagger;

/**
 * How {@link NeuralTagger#tagAll} batches and schedules inference. Results never depend on these
 * settings (each sentence is tagged exactly as on its own); only speed and memory do.
 *
 * @param tokenBudget padded token slots per batch (a longer sentence gets a batch of its own)
 * @param threads batches tagged at the same time (1 = on the calling thread only)
 */
public record InferenceSettings(int tokenBudget, int threads) {

  /**
   * Padded token slots per batch. Measured on EWT test with a BiLSTM-128/char-CNN tagger: 1024-4096
   * are within noise of each other; smaller batches pay ND4J's per-op overhead more often, larger
   * ones pad more characters (a batch's character width is its longest word) and allocate more.
   */
  public static final int DEFAULT_TOKEN_BUDGET = 2048;

  public InferenceSettings {
    if (tokenBudget < 1 || threads < 1) {
      throw new IllegalArgumentException("token budget and threads must be >= 1, got " + tokenBudget + ", " + threads);
    }
  }

  /**
   * The default budget and one thread per available processor: most ND4J calls on tagger-sized
   * arrays run on one core, so a second batch in flight uses the core that would otherwise idle.
   */
  public static InferenceSettings defaults() {
    return new InferenceSettings(DEFAULT_TOKEN_BUDGET, Runtime.getRuntime().availableProcessors());
  }

  public InferenceSettings withThreads(int newThreads) {
    return new InferenceSettings(tokenBudget, newThreads);
  }

  public InferenceSettings withTokenBudget(int newTokenBudget) {
    return new InferenceSettings(newTokenBudget, threads);
  }
}

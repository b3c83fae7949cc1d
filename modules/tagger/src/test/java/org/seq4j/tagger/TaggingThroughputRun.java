package org.seq4j.tagger;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.seq4j.corpus.TaggedSentence;
import org.seq4j.corpus.io.conllu.ConllUReader;
import org.seq4j.corpus.io.conllu.ConllUTagColumn;
import org.seq4j.nn.backend.NativeBackend;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Measurement, not a test: {@link NeuralTagger#tagAll} throughput of a saved model on a CoNLL-U
 * file, several passes per inference setting, wall-clock tokens/s and (with one thread) tokens per
 * CPU-second of the tagging thread, which is what one idle core gives even on a busy machine (run
 * with {@code OMP_NUM_THREADS=1} so no work leaves the thread). Disabled unless {@code
 * -Dseq4j.tagging.model=PATH}. Run:
 *
 * <pre>OMP_NUM_THREADS=1 mvn -B -o -q -pl modules/tagger test -Dtest=TaggingThroughputRun \
 *   -Dseq4j.tagging.model=/path/model.zip [-Dseq4j.tagging.input=../../corpora/ud-en-ewt/en_ewt-ud-test.conllu] \
 *   [-Dseq4j.tagging.settings=2048x1,2048x2] [-Dseq4j.tagging.passes=6]</pre>
 */
@EnabledIfSystemProperty(named = "seq4j.tagging.model", matches = ".+")
class TaggingThroughputRun {

  private static final Logger LOG = LoggerFactory.getLogger(TaggingThroughputRun.class);
  private static final String DEFAULT_INPUT = Path.of(System.getProperty("seq4j.corpora", "../../corpora"),
      "ud-en-ewt", "en_ewt-ud-test.conllu").toString();
  private static final double NANOS_PER_SECOND = 1e9;

  @Test
  void measure() throws IOException {
    NativeBackend.configureFromEnvironment();
    NeuralTagger tagger = NeuralTagger.load(Path.of(System.getProperty("seq4j.tagging.model")));
    List<List<String>> sentences = new ArrayList<>();
    try (var reader = ConllUReader.openTagged(Path.of(System.getProperty("seq4j.tagging.input", DEFAULT_INPUT)),
        ConllUTagColumn.UPOS)) {
      for (TaggedSentence s : reader.readAll()) {
        sentences.add(s.words());
      }
    }
    long tokens = sentences.stream().mapToLong(List::size).sum();
    int passes = Integer.getInteger("seq4j.tagging.passes", 6);
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    for (String setting : System.getProperty("seq4j.tagging.settings", "2048x1,2048x2").split(",")) {
      String[] budgetThreads = setting.trim().split("x");
      NeuralTagger configured = tagger.withInference(
          new InferenceSettings(Integer.parseInt(budgetThreads[0]), Integer.parseInt(budgetThreads[1])));
      double bestWall = Double.MAX_VALUE;
      double bestCpu = Double.MAX_VALUE;
      for (int pass = 0; pass < passes; pass++) {
        long cpu = threads.getCurrentThreadCpuTime();
        long wall = System.nanoTime();
        configured.tagAll(sentences);
        bestWall = Math.min(bestWall, (System.nanoTime() - wall) / NANOS_PER_SECOND);
        bestCpu = Math.min(bestCpu, (threads.getCurrentThreadCpuTime() - cpu) / NANOS_PER_SECOND);
      }
      LOG.info("RESULT {}: {} sentences, {} tokens; best of {} passes: {} s wall = {} tokens/s; calling thread"
          + " {} s CPU = {} tokens per CPU-second", setting, sentences.size(), tokens, passes, bestWall,
          Math.round(tokens / bestWall), bestCpu, Math.round(tokens / bestCpu));
    }
  }
}

package org.seq4j.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.seq4j.nn.backend.BackendInfo;
import org.seq4j.nn.backend.NativeBackend;
import org.seq4j.nn.bench.BenchOptions;
import org.seq4j.nn.bench.BenchReport;
import org.seq4j.nn.bench.PhaseResult;
import org.seq4j.nn.bench.ThroughputBenchmark;
import org.seq4j.seq2seq.bench.ProductDecodingBenchmark;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code seq4j bench tagger|seq2seq}: trains and runs the PyTorch peer's models
 * ({@code ../shared/bench/torch_reference.py}) on synthetic batches and prints one JSON object per
 * phase with the peer's fields, so the two can be compared line by line. For seq2seq it then times
 * the product's own decoding ({@link ProductDecodingBenchmark}: phases {@code decode_greedy_product}
 * and {@code decode_beam5}) after the peer-identical phases {@code train} and {@code decode_greedy}.
 * With {@code --compare} it then runs the peer with the same flags (one after the other, never at
 * the same time, so they do not compete for cores), prints its lines, and one ratio line per phase
 * ({@link PeerRatios}). {@code --rounds N} repeats seq4j-then-peer N times and ends with per-phase
 * median ratios.
 */
@Command(
    name = "bench",
    mixinStandardHelpOptions = true,
    description = {
      "Throughput of the tagger or seq2seq model on synthetic batches, as JSON lines with the fields of",
      "../shared/bench/torch_reference.py (phases train and infer / decode_greedy); seq2seq adds the",
      "product's own decoding: decode_greedy_product and decode_beam5 (compared with the peer's decode_greedy)."
    })
final class BenchCommand implements Callable<Integer> {

  private static final String DEFAULT_TORCH_REFERENCE = "../shared/bench/torch-reference";
  private static final String SEQ2SEQ = "seq2seq";

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Parameters(index = "0", paramLabel = "WORKLOAD", description = "tagger or seq2seq.")
  String workload;

  @Option(names = "--vocab", description = "Vocabulary size (default: ${DEFAULT-VALUE}).")
  int vocab = BenchOptions.DEFAULT_VOCAB;

  @Option(names = "--emb", description = "Embedding size (default: ${DEFAULT-VALUE}).")
  int emb = BenchOptions.DEFAULT_EMB;

  @Option(names = "--hidden", description = "LSTM size per direction (default: ${DEFAULT-VALUE}).")
  int hidden = BenchOptions.DEFAULT_HIDDEN;

  @Option(names = "--layers", description = "Bidirectional LSTM layers (default: ${DEFAULT-VALUE}).")
  int layers = BenchOptions.DEFAULT_LAYERS;

  @Option(names = "--tags", description = "Tag classes, tagger only (default: ${DEFAULT-VALUE}).")
  int tags = BenchOptions.DEFAULT_TAGS;

  @Option(names = "--batch", description = "Sentences per step (default: ${DEFAULT-VALUE}).")
  int batch = BenchOptions.DEFAULT_BATCH;

  @Option(names = "--len", description = "Tokens per sentence (default: ${DEFAULT-VALUE}).")
  int len = BenchOptions.DEFAULT_LEN;

  @Option(names = "--warmup", description = "Untimed training steps (default: ${DEFAULT-VALUE}).")
  int warmup = BenchOptions.DEFAULT_WARMUP;

  @Option(names = "--steps", description = "Timed training steps; the median is reported (default: ${DEFAULT-VALUE}).")
  int steps = BenchOptions.DEFAULT_STEPS;

  @Option(names = "--seed", description = "Seed for parameters and token ids (default: ${DEFAULT-VALUE}).")
  long seed = BenchOptions.DEFAULT_SEED;

  @Option(names = "--compare", description = "Then run the PyTorch peer with the same flags and print ratio lines.")
  boolean compare;

  @Option(
      names = "--rounds",
      description = "Repeat seq4j then the peer this many times; with --compare, then print per-phase median ratios"
          + " (default: ${DEFAULT-VALUE}).")
  int rounds = 1;

  @Option(
      names = "--torch-reference",
      paramLabel = "PATH",
      description = "The peer's launcher (default: ${DEFAULT-VALUE}).")
  Path torchReference = Path.of(DEFAULT_TORCH_REFERENCE);

  @Override
  public Integer call() throws IOException, InterruptedException {
    BenchOptions options;
    ThroughputBenchmark benchmark;
    try {
      options = new BenchOptions(vocab, emb, hidden, layers, tags, batch, len, warmup, steps, seed);
      benchmark = ThroughputBenchmark.of(workload, options);
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage(), e);
    }
    if (rounds < 1) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--rounds must be >= 1, got " + rounds);
    }
    if (compare && !Files.isExecutable(torchReference)) {
      throw new CommandLine.ParameterException(spec.commandLine(),
          "--torch-reference " + torchReference + " is not an executable file");
    }
    BackendInfo backend = NativeBackend.configureFromEnvironment();
    ProductDecodingBenchmark product = SEQ2SEQ.equals(benchmark.workload()) ? new ProductDecodingBenchmark(options)
        : null;
    ObjectMapper json = new ObjectMapper();
    PrintWriter out = spec.commandLine().getOut();
    List<Map<String, Object>> ratios = new ArrayList<>();
    for (int round = 1; round <= rounds; round++) {
      List<PhaseResult> results = new ArrayList<>(benchmark.run());
      if (product != null) {
        results.addAll(product.run());
      }
      List<Map<String, Object>> lines = BenchReport.lines(benchmark, options, results, version(), backend);
      print(json, out, lines);
      if (compare) {
        List<JsonNode> peer = runPeer(json);
        for (JsonNode line : peer) {
          out.println(json.writeValueAsString(line));
        }
        List<Map<String, Object>> roundRatios = PeerRatios.lines(lines, peer, rounds > 1 ? round : null);
        print(json, out, roundRatios);
        ratios.addAll(roundRatios);
      }
    }
    if (compare && rounds > 1) {
      print(json, out, PeerRatios.medians(ratios));
    }
    return 0;
  }

  private static void print(ObjectMapper json, PrintWriter out, List<Map<String, Object>> lines) throws IOException {
    for (Map<String, Object> line : lines) {
      out.println(json.writeValueAsString(line));
    }
    out.flush();
  }

  private List<JsonNode> runPeer(ObjectMapper json) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of(torchReference.toString(), workload.toLowerCase(java.util.Locale.ROOT),
        "--vocab", str(vocab), "--emb", str(emb), "--hidden", str(hidden), "--layers", str(layers),
        "--tags", str(tags), "--batch", str(batch), "--len", str(len), "--warmup", str(warmup),
        "--steps", str(steps)));
    Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
    List<JsonNode> lines = new ArrayList<>();
    try (BufferedReader reader = new BufferedReader(
        new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
      for (String text = reader.readLine(); text != null; text = reader.readLine()) {
        if (text.startsWith("{")) {
          lines.add(json.readTree(text));
        }
      }
    }
    int exit = process.waitFor();
    if (exit != 0) {
      throw new IOException(torchReference + " exited with code " + exit);
    }
    return lines;
  }

  private static String version() {
    String v = Seq4j.class.getPackage().getImplementationVersion();
    return v == null ? "dev" : v;
  }

  private static String str(long value) {
    return Long.toString(value);
  }
}

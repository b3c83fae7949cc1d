package org.seq4j.eval.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Realistic reports for tests: a UPOS tagging run (17 tags, 10 epochs, confusion matrix, samples)
 * and a translation run (BLEU/chrF with signatures, length buckets, per-sentence scores,
 * significance). Numbers come from a seeded generator, so fixtures are deterministic.
 */
final class ReportFixtures {
  static final List<String> UPOS =
      List.of("ADJ", "ADP", "ADV", "AUX", "CCONJ", "DET", "INTJ", "NOUN", "NUM", "PART", "PRON",
          "PROPN", "PUNCT", "SCONJ", "SYM", "VERB", "X");
  static final int EPOCHS = 10;
  private static final long SEED = 42L;

  private ReportFixtures() {}

  static LearningCurve taggingCurve(int epochs) {
    List<Map<String, Double>> points = new ArrayList<>();
    for (int e = 1; e <= epochs; e++) {
      Map<String, Double> p = new LinkedHashMap<>();
      p.put("epoch", (double) e);
      p.put("step", (double) e * 392);
      p.put("train_loss", 1.9 * Math.exp(-0.35 * e) + 0.12);
      p.put("dev_loss", 1.7 * Math.exp(-0.3 * e) + 0.25);
      p.put("dev_accuracy", 96.0 - 30.0 * Math.exp(-0.55 * e));
      points.add(p);
    }
    return new LearningCurve(points);
  }

  static Report tagging() {
    Random random = new Random(SEED);
    int n = UPOS.size();
    long[][] counts = new long[n][n];
    List<LabelScore> rows = new ArrayList<>();
    for (int g = 0; g < n; g++) {
      long support = 40 + random.nextInt(3000);
      long correct = Math.round(support * (0.80 + 0.19 * random.nextDouble()));
      counts[g][g] = correct;
      long rest = support - correct;
      while (rest > 0) {
        int p = random.nextInt(n);
        if (p == g) {
          continue;
        }
        long c = Math.min(rest, 1 + random.nextInt(40));
        counts[g][p] += c;
        rest -= c;
      }
    }
    ConfusionMatrix matrix = ConfusionMatrix.of("UPOS confusion", "test", UPOS, counts);
    for (int i = 0; i < n; i++) {
      long gold = matrix.rowTotal(i);
      long found = matrix.columnTotal(i);
      long correct = matrix.count(i, i);
      double p = found == 0 ? Double.NaN : 100.0 * correct / found;
      double r = 100.0 * correct / gold;
      double f = 2 * p * r / (p + r);
      rows.add(new LabelScore(UPOS.get(i), p, r, f, gold, found, correct));
    }
    long correctTotal = 0;
    for (int i = 0; i < n; i++) {
      correctTotal += matrix.count(i, i);
    }
    double accuracy = 100.0 * correctTotal / matrix.total();
    List<SentenceScore> sentences = new ArrayList<>();
    for (int s = 0; s < 30; s++) {
      String tokens = "The <b>cat</b> & \"dog\" sat on mat " + s;
      String gold = "DET NOUN CCONJ NOUN VERB ADP NOUN NUM";
      String pred = s % 3 == 0 ? "DET NOUN CCONJ NOUN VERB ADP NOUN NUM" : "DET ADJ CCONJ NOUN VERB ADV NOUN NUM";
      sentences.add(new SentenceScore("s" + s, tokens, gold, pred, s % 3 == 0 ? 100.0 : 75.0));
    }
    return Report.builder()
        .run(new RunInfo("ud-ewt-upos", "tagging", 13L, "2025-01-15T10:42:00Z", "0.1.0-SNAPSHOT"))
        .metric("dev", "accuracy", accuracy + 0.4)
        .metric("test", "accuracy", accuracy)
        .metric("test", "exact_match", 41.3)
        .stageSeconds("prepare", 3.2)
        .stageSeconds("train", 412.7)
        .stageSeconds("evaluate", 6.1)
        .tokensPerSecond("train", 5120.5)
        .tokensPerSecond("evaluate", 21011.0)
        .corpus(Map.of("train", Map.of("sentences", 12543, "tokens", 204585),
            "dev", Map.of("sentences", 2001, "tokens", 25148),
            "test", Map.of("sentences", 2077, "tokens", 25096)))
        .labelTable(new LabelTable("UPOS per tag", "test", rows))
        .confusionMatrix(matrix)
        .sentences(new SentenceScores("accuracy", "test", sentences))
        .learningCurve(taggingCurve(EPOCHS))
        .build();
  }

  /** A tagging report with {@code tags} synthetic XPOS tags (for the condensed heat map). */
  static Report xpos(int tags) {
    Random random = new Random(SEED + 2);
    List<String> labels = new ArrayList<>();
    for (int i = 0; i < tags; i++) {
      labels.add("XP" + i + (i % 7 == 0 ? "$" : ""));
    }
    long[][] counts = new long[tags][tags];
    List<LabelScore> rows = new ArrayList<>();
    for (int g = 0; g < tags; g++) {
      long support = 1 + (long) (5000 * Math.pow(random.nextDouble(), 3));
      counts[g][g] = Math.round(support * 0.9);
      counts[g][random.nextInt(tags)] += support - counts[g][g];
    }
    ConfusionMatrix matrix = ConfusionMatrix.of("XPOS confusion", "test", labels, counts);
    for (int i = 0; i < tags; i++) {
      long gold = matrix.rowTotal(i), found = matrix.columnTotal(i), correct = matrix.count(i, i);
      Double p = found == 0 ? null : 100.0 * correct / found;
      double r = 100.0 * correct / gold;
      Double f = p == null || p + r == 0 ? null : 2 * p * r / (p + r);
      rows.add(new LabelScore(labels.get(i), p, r, f, gold, found, correct));
    }
    return Report.builder()
        .run(new RunInfo("ptb-xpos", "tagging", 1L, null, null))
        .metric("test", "accuracy", 90.1)
        .labelTable(new LabelTable("XPOS per tag", "test", rows))
        .confusionMatrix(matrix)
        .build();
  }

  static Report translation() {
    Random random = new Random(SEED + 1);
    List<SentenceScore> sentences = new ArrayList<>();
    for (int s = 0; s < 40; s++) {
      Map<String, String> extra = new LinkedHashMap<>();
      extra.put("length_bucket", s < 20 ? "1-10" : "11-20");
      sentences.add(new SentenceScore("" + (s + 1), "Ein Mann <fährt> Fahrrad & lacht " + s,
          "A man is riding a bike & laughing " + s, "a man rides a \"bicycle\" " + s,
          100.0 * random.nextDouble(), extra));
    }
    List<LengthBucket> buckets = List.of(new LengthBucket("1-10", 412, 41.2),
        new LengthBucket("11-20", 380, 35.9), new LengthBucket("21-30", 152, 29.4),
        new LengthBucket("31-40", 47, 22.0), new LengthBucket("41+", 9, 12.5),
        new LengthBucket("empty", 0, null));
    return Report.builder()
        .run(new RunInfo("multi30k-de-en-attention", "translation", 7L, "2025-01-16T08:00:00Z", "0.1.0-SNAPSHOT"))
        .metric("test", "bleu", 35.12)
        .metric("test", "chrf", 58.4)
        .metric("dev", "bleu", 36.9)
        .signature("bleu", "nrefs:1|case:mixed|eff:no|tok:13a|smooth:exp|version:2.4.0")
        .signature("chrf", "nrefs:1|case:mixed|eff:yes|nc:6|nw:0|space:no|version:2.4.0")
        .stageSeconds("prepare", 8.0)
        .stageSeconds("train", 1830.5)
        .stageSeconds("evaluate", 40.2)
        .tokensPerSecond("train", 2012.0)
        .corpus(Map.of("train", Map.of("pairs", 29000, "source_tokens", 362000, "target_tokens", 377000),
            "test", Map.of("pairs", 1000)))
        .lengthBuckets(new LengthBuckets("bleu", "test", buckets))
        .sentences(new SentenceScores("bleu", "test", sentences))
        .significance(new SignificanceResult("bleu", "baseline", "attention", 33.0, 35.12,
            new Interval(31.8, 34.2), new Interval(33.9, 36.3), 0.0099, 1000, 0.95))
        .learningCurve(new LearningCurve(List.of(
            Map.of("epoch", 1.0, "train_loss", 5.2, "dev_bleu", 12.0),
            Map.of("epoch", 2.0, "train_loss", 3.9, "dev_bleu", 24.3),
            Map.of("epoch", 3.0, "train_loss", 3.1, "dev_bleu", 31.0))))
        .build();
  }
}

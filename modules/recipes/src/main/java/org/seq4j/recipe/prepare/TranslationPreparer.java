package org.seq4j.recipe.prepare;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.seq4j.corpus.SentencePair;
import org.seq4j.corpus.bpe.BpeLearner;
import org.seq4j.corpus.bpe.BpeMerges;
import org.seq4j.corpus.bpe.BpeSegmenter;
import org.seq4j.corpus.filter.CorpusFilters;
import org.seq4j.corpus.filter.FilterChain;
import org.seq4j.corpus.filter.FilterSettings;
import org.seq4j.corpus.io.CorpusReader;
import org.seq4j.corpus.io.parallel.DelimitedFormat;
import org.seq4j.corpus.io.parallel.DelimitedPairReader;
import org.seq4j.corpus.io.parallel.ParallelTextReader;
import org.seq4j.corpus.io.parallel.ParallelTextWriter;
import org.seq4j.corpus.normalize.NormalizerPipeline;
import org.seq4j.corpus.normalize.Normalizers;
import org.seq4j.corpus.stats.CorpusStats;
import org.seq4j.corpus.stats.CorpusStatsCollector;
import org.seq4j.corpus.tokenize.Tokenizer;
import org.seq4j.corpus.tokenize.Tokenizers;
import org.seq4j.corpus.tokenize.WhitespaceTokenizer;
import org.seq4j.corpus.vocab.Vocabulary;
import org.seq4j.corpus.vocab.VocabularyBuilder;
import org.seq4j.recipe.Recipe;
import org.seq4j.recipe.RecipeFiles;
import org.seq4j.recipe.section.DataSection;
import org.seq4j.recipe.section.PrepareSection;
import org.seq4j.recipe.section.Split;

/**
 * Prepares translation data (two parallel files or one TSV): read → tokenize → normalize tokens →
 * filter pairs ({@link CorpusFilters}) → seeded split ({@link HeldOutSplit}: pairs with the same
 * source sentence stay together) → BPE learned on train (when configured) → vocabularies →
 * statistics ({@link CorpusStatsCollector}, {@link BatchingStats}; layout in {@link
 * PreparedStats}). Everything is read before anything is written, so bad input leaves no output.
 *
 * <p>Design: a tokenized pair is kept as a {@link SentencePair} of space-joined tokens, the form
 * it is written in and the form the corpus module's pair filters and statistics count (by
 * whitespace), so all three agree on what a token is.
 *
 * <p>Writes {@code <split>.src}/{@code <split>.tgt} (tokens joined by single spaces, BPE applied),
 * the same pairs' original text as {@code <split>.raw.src}/{@code <split>.raw.tgt}, {@code
 * vocab.src}/{@code vocab.tgt} or one {@code vocab.shared}, and {@code bpe.codes} (names in {@link
 * PreparedTranslationFiles}). Toy data ({@code data.format: toy}) is generated ({@link ToyCorpus})
 * instead of read, then prepared like any other corpus.
 */
final class TranslationPreparer {
  static final String SOURCE_SUFFIX = PreparedTranslationFiles.SOURCE_SUFFIX;
  static final String TARGET_SUFFIX = PreparedTranslationFiles.TARGET_SUFFIX;
  static final String SOURCE_VOCAB_FILE = PreparedTranslationFiles.SOURCE_VOCAB_FILE;
  static final String TARGET_VOCAB_FILE = PreparedTranslationFiles.TARGET_VOCAB_FILE;
  static final String SHARED_VOCAB_FILE = PreparedTranslationFiles.SHARED_VOCAB_FILE;
  static final String BPE_CODES_FILE = PreparedTranslationFiles.BPE_CODES_FILE;
  private static final String TOKEN_SEPARATOR = " ";

  private final Recipe recipe;
  private final Path workDir;
  private final ProgressReporter progress;

  /** @param workDir the directory the recipe's file names (stop word lists) are relative to */
  TranslationPreparer(Recipe recipe, Path workDir, ProgressReporter progress) {
    this.recipe = recipe;
    this.workDir = workDir;
    this.progress = progress;
  }

  PreparedCorpus prepare(DataFiles files, Path outDir) throws IOException {
    PrepareSection settings = recipe.prepare();
    Tokenizer tokenizer = Tokenizers.byName(settings.tokenizer());
    NormalizerPipeline normalizer = Normalizers.pipeline(RecipeFiles.normalizerSteps(recipe, workDir));
    FilterSettings filterSettings = PreparationFilters.settings(settings);

    Map<Split, List<Kept>> keptSplits = new EnumMap<>(Split.class);
    Map<String, Object> filtered = new LinkedHashMap<>();
    long tokens = 0;
    for (Map.Entry<Split, List<SentencePair>> e : readSplits(files).entrySet()) {
      List<SentencePair> raw = e.getValue();
      FilterChain<SentencePair> filter = CorpusFilters.forPairs(filterSettings);
      List<Kept> kept = new ArrayList<>(raw.size());
      try (ProgressReporter.Task task = progress.start("prepare " + e.getKey().id(), raw.size())) {
        for (SentencePair p : raw) {
          List<String> source = normalizer.normalize(tokenizer.tokenize(p.source()));
          List<String> target = normalizer.normalize(tokenizer.tokenize(p.target()));
          tokens += source.size() + target.size();
          SentencePair tokenized = new SentencePair(String.join(TOKEN_SEPARATOR, source),
              String.join(TOKEN_SEPARATOR, target));
          if (filter.accept(tokenized)) {
            kept.add(new Kept(tokenized, Kept.singleLine(p)));
          }
          task.step();
        }
      }
      filtered.put(e.getKey().id(), filter.report().toMap());
      keptSplits.put(e.getKey(), kept);
    }
    HeldOutSplit.apply(keptSplits, recipe, k -> k.tokens().source());
    Map<Split, List<SentencePair>> splits = new EnumMap<>(Split.class);
    keptSplits.forEach((split, kept) -> splits.put(split, kept.stream().map(Kept::tokens).toList()));

    List<Path> written = new ArrayList<>();
    Map<String, Object> bpeStats = new LinkedHashMap<>();
    if (settings.bpeMerges() > 0) {
      List<SentencePair> train = splits.get(Split.TRAIN);
      BpeMerges merges = BpeLearner.learnJoint(sides(train, SentencePair::source), sides(train, SentencePair::target),
          settings.bpeMerges());
      BpeSegmenter segmenter = new BpeSegmenter(merges);
      splits.replaceAll((split, pairs) -> pairs.stream()
          .map(p -> new SentencePair(segment(segmenter, p.source()), segment(segmenter, p.target()))).toList());
      merges.save(outDir.resolve(BPE_CODES_FILE));
      written.add(Path.of(BPE_CODES_FILE));
      bpeStats.put("merges", merges.size());
    }

    List<SentencePair> train = splits.get(Split.TRAIN);
    List<List<String>> trainSources = sides(train, SentencePair::source);
    List<List<String>> trainTargets = sides(train, SentencePair::target);
    Vocabulary sourceVocab;
    Vocabulary targetVocab;
    int maxSize = TaggingPreparer.maxSize(settings);
    if (settings.sharedVocab()) {
      sourceVocab = new VocabularyBuilder().addSequences(trainSources).addSequences(trainTargets)
          .build(settings.vocabMinFreq(), maxSize, VocabularyBuilder.ALL_SPECIALS);
      targetVocab = sourceVocab;
    } else {
      sourceVocab = new VocabularyBuilder().addSequences(trainSources)
          .build(settings.vocabMinFreq(), maxSize, VocabularyBuilder.ALL_SPECIALS);
      targetVocab = new VocabularyBuilder().addSequences(trainTargets)
          .build(settings.vocabMinFreq(), maxSize, VocabularyBuilder.ALL_SPECIALS);
    }

    Map<String, List<SentencePair>> byName = new LinkedHashMap<>();
    splits.forEach((split, pairs) -> byName.put(split.id(), pairs));
    CorpusStats details = new CorpusStatsCollector().ofPairs(byName);
    Map<String, Object> overview = new LinkedHashMap<>();
    Map<String, Object> batching = new LinkedHashMap<>();
    for (Map.Entry<String, List<SentencePair>> e : byName.entrySet()) {
      Map<String, Object> batches = BatchingStats.ofPairs(e.getValue(), sourceVocab, targetVocab,
          recipe.train().batch(), settings.bucketPool(), recipe.seed());
      batching.put(e.getKey(), batches);
      overview.put(e.getKey(), SplitOverview.pairs(details.splits().get(e.getKey())));
    }

    for (Map.Entry<Split, List<SentencePair>> e : splits.entrySet()) {
      Path src = Path.of(e.getKey().id() + SOURCE_SUFFIX);
      Path tgt = Path.of(e.getKey().id() + TARGET_SUFFIX);
      ParallelTextWriter.write(outDir.resolve(src), outDir.resolve(tgt), e.getValue());
      written.add(src);
      written.add(tgt);
      Path rawSrc = PreparedTranslationFiles.rawSource(Path.of(""), e.getKey());
      Path rawTgt = PreparedTranslationFiles.rawTarget(Path.of(""), e.getKey());
      ParallelTextWriter.write(outDir.resolve(rawSrc), outDir.resolve(rawTgt),
          keptSplits.get(e.getKey()).stream().map(Kept::original).toList());
      written.add(rawSrc);
      written.add(rawTgt);
    }
    if (settings.sharedVocab()) {
      sourceVocab.save(outDir.resolve(SHARED_VOCAB_FILE));
      written.add(Path.of(SHARED_VOCAB_FILE));
    } else {
      sourceVocab.save(outDir.resolve(SOURCE_VOCAB_FILE));
      targetVocab.save(outDir.resolve(TARGET_VOCAB_FILE));
      written.add(Path.of(SOURCE_VOCAB_FILE));
      written.add(Path.of(TARGET_VOCAB_FILE));
    }

    Map<String, Object> stats = new LinkedHashMap<>();
    stats.put("task", "translation");
    stats.put("format", recipe.data().format().name().toLowerCase(Locale.ROOT));
    stats.put("tokenizer", settings.tokenizer());
    stats.put(PreparedStats.SPLITS, overview);
    stats.put(PreparedStats.FILTERED, filtered);
    stats.put(PreparedStats.BATCHING, batching);
    Map<String, Object> vocab = new LinkedHashMap<>();
    vocab.put("source", sourceVocab.size());
    vocab.put("target", targetVocab.size());
    vocab.put("shared", settings.sharedVocab());
    stats.put(PreparedStats.VOCABULARY, vocab);
    if (!bpeStats.isEmpty()) {
      stats.put("bpe", bpeStats);
    }
    stats.put(PreparedStats.DETAILS, details.toMap());
    return new PreparedCorpus(stats, tokens, written);
  }

  private static List<List<String>> sides(List<SentencePair> pairs, Function<SentencePair, String> side) {
    List<List<String>> out = new ArrayList<>(pairs.size());
    for (SentencePair p : pairs) {
      out.add(WhitespaceTokenizer.INSTANCE.tokenize(side.apply(p)));
    }
    return out;
  }

  private static String segment(BpeSegmenter segmenter, String tokens) {
    return String.join(TOKEN_SEPARATOR, segmenter.apply(WhitespaceTokenizer.INSTANCE.tokenize(tokens)));
  }

  /** A kept pair: tokenized (what is filtered, split and written) and as it was read. */
  private record Kept(SentencePair tokens, SentencePair original) {
    private static final String CARRIAGE_RETURN = "\r";
    private static final String SPACE = " ";

    /** A lone CR inside a line (the reader drops CRLF ends) cannot be written as one line: a space. */
    static SentencePair singleLine(SentencePair p) {
      return new SentencePair(p.source().replace(CARRIAGE_RETURN, SPACE), p.target().replace(CARRIAGE_RETURN, SPACE));
    }
  }

  /** Every split's pairs as read, or generated for toy data. */
  private Map<Split, List<SentencePair>> readSplits(DataFiles files) throws IOException {
    if (recipe.data().format() == DataSection.Format.TOY) {
      return ToyCorpus.generate(recipe);
    }
    Map<Split, List<SentencePair>> splits = new EnumMap<>(Split.class);
    for (Map.Entry<Split, List<Path>> e : files.files().entrySet()) {
      splits.put(e.getKey(), read(e.getValue()));
    }
    return splits;
  }

  private List<SentencePair> read(List<Path> files) throws IOException {
    DataSection data = recipe.data();
    CorpusReader<SentencePair> reader = data.format() == DataSection.Format.PARALLEL
        ? ParallelTextReader.open(files.get(0), files.get(1))
        : DelimitedPairReader.open(files.get(0), DelimitedFormat.TSV, data.sourceColumn(),
            data.targetColumn(), false);
    try (reader) {
      return reader.readAll();
    }
  }
}

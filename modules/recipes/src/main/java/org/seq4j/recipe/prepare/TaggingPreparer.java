package org.seq4j.recipe.prepare;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.seq4j.corpus.AtomicFiles;
import org.seq4j.corpus.TaggedSentence;
import org.seq4j.corpus.filter.CorpusFilters;
import org.seq4j.corpus.filter.FilterChain;
import org.seq4j.corpus.filter.FilterSettings;
import org.seq4j.corpus.io.CorpusReader;
import org.seq4j.corpus.io.conll.ColumnSeparator;
import org.seq4j.corpus.io.conll.ConllColumnFormat;
import org.seq4j.corpus.io.conll.ConllReader;
import org.seq4j.corpus.io.conllu.ConllUReader;
import org.seq4j.corpus.io.conllu.ConllUTagColumn;
import org.seq4j.corpus.normalize.NormalizerPipeline;
import org.seq4j.corpus.normalize.Normalizers;
import org.seq4j.corpus.stats.CorpusStats;
import org.seq4j.corpus.stats.CorpusStatsCollector;
import org.seq4j.corpus.tags.TagScheme;
import org.seq4j.corpus.vocab.Vocabulary;
import org.seq4j.corpus.vocab.VocabularyBuilder;
import org.seq4j.recipe.Recipe;
import org.seq4j.recipe.section.DataSection;
import org.seq4j.recipe.section.PrepareSection;
import org.seq4j.recipe.section.Split;
import org.seq4j.tagger.model.TaggerConfig;
import org.seq4j.tagger.model.TaggerVocabularies;

/**
 * Prepares tagging data (CoNLL-U or CoNLL columns): read → normalize words → convert the tag
 * scheme → filter ({@link CorpusFilters}) → split if needed ({@link HeldOutSplit}) → word and tag
 * vocabularies (words in the tagger's lookup form, {@link #wordLookup}) → statistics ({@link
 * CorpusStatsCollector}) and batch statistics ({@link BatchingStats}); stats.json's layout is
 * described in {@link PreparedStats}.
 * Every split is read completely before anything is written, so bad input leaves no output.
 *
 * <p>Prepared splits are written as {@code <split>.conll}, one {@code word<TAB>tag} per line and a
 * blank line after each sentence, whatever the input format: the one format the tagger reads.
 */
final class TaggingPreparer {
  static final String WORD_VOCAB_FILE = "vocab.words";
  static final String TAG_VOCAB_FILE = "vocab.tags";
  static final String SPLIT_SUFFIX = ".conll";

  private final Recipe recipe;
  private final ProgressReporter progress;

  TaggingPreparer(Recipe recipe, ProgressReporter progress) {
    this.recipe = recipe;
    this.progress = progress;
  }

  PreparedCorpus prepare(DataFiles files, Path outDir) throws IOException {
    DataSection data = recipe.data();
    PrepareSection settings = recipe.prepare();
    NormalizerPipeline normalizer = Normalizers.pipeline(settings.normalize());
    FilterSettings filterSettings = PreparationFilters.settings(settings);
    String unitsKey = data.format() == DataSection.Format.CONLLU ? "words" : "tokens";

    Map<Split, List<TaggedSentence>> splits = new EnumMap<>(Split.class);
    Map<String, Object> filtered = new LinkedHashMap<>();
    long tokens = 0;
    for (Map.Entry<Split, List<Path>> e : files.files().entrySet()) {
      List<TaggedSentence> raw = read(e.getValue().get(0));
      FilterChain<TaggedSentence> filter = CorpusFilters.forTagged(filterSettings);
      List<TaggedSentence> kept = new ArrayList<>(raw.size());
      try (ProgressReporter.Task task = progress.start("prepare " + e.getKey().id(), raw.size())) {
        for (TaggedSentence s : raw) {
          tokens += s.size();
          TaggedSentence prepared = new TaggedSentence(normalizer.normalize(s.words()), convert(s.tags()));
          if (filter.accept(prepared)) {
            kept.add(prepared);
          }
          task.step();
        }
      }
      filtered.put(e.getKey().id(), filter.report().toMap());
      splits.put(e.getKey(), kept);
    }
    HeldOutSplit.apply(splits, recipe, TaggedSentence::words);

    List<TaggedSentence> train = splits.get(Split.TRAIN);
    UnaryOperator<String> lookup = wordLookup(recipe);
    Vocabulary words = new VocabularyBuilder()
        .addSequences(train.stream().map(s -> s.words().stream().map(lookup).toList()).toList())
        .build(settings.vocabMinFreq(), maxSize(settings), VocabularyBuilder.PAD_AND_UNK);
    Vocabulary tags = new VocabularyBuilder()
        .addSequences(train.stream().map(TaggedSentence::tags).toList())
        .build(1, VocabularyBuilder.UNLIMITED, VocabularyBuilder.PAD_ONLY);

    Map<String, List<TaggedSentence>> byName = new LinkedHashMap<>();
    splits.forEach((split, sentences) -> byName.put(split.id(), sentences));
    CorpusStats details = new CorpusStatsCollector().ofTagged(byName);
    Map<String, Object> overview = new LinkedHashMap<>();
    Map<String, Object> batching = new LinkedHashMap<>();
    for (Map.Entry<String, List<TaggedSentence>> e : byName.entrySet()) {
      Map<String, Object> batches = BatchingStats.ofTagged(e.getValue(), words, recipe.train().batch(),
          settings.bucketPool(), recipe.seed());
      batching.put(e.getKey(), batches);
      overview.put(e.getKey(), SplitOverview.tagged(details.splits().get(e.getKey()), unitsKey));
    }

    List<Path> written = new ArrayList<>();
    for (Map.Entry<Split, List<TaggedSentence>> e : splits.entrySet()) {
      Path file = Path.of(e.getKey().id() + SPLIT_SUFFIX);
      writeSplit(outDir.resolve(file), e.getValue());
      written.add(file);
    }
    words.save(outDir.resolve(WORD_VOCAB_FILE));
    tags.save(outDir.resolve(TAG_VOCAB_FILE));
    written.add(Path.of(WORD_VOCAB_FILE));
    written.add(Path.of(TAG_VOCAB_FILE));

    Map<String, Object> stats = new LinkedHashMap<>();
    stats.put("task", "tagging");
    stats.put("format", data.format().name().toLowerCase(java.util.Locale.ROOT));
    stats.put("tag_scheme", data.format() == DataSection.Format.CONLLU
        ? data.column().name().toLowerCase(java.util.Locale.ROOT)
        : data.convertTo().orElse(data.scheme()).name().toLowerCase(java.util.Locale.ROOT));
    stats.put(PreparedStats.SPLITS, overview);
    stats.put(PreparedStats.FILTERED, filtered);
    stats.put(PreparedStats.BATCHING, batching);
    Map<String, Object> vocab = new LinkedHashMap<>();
    vocab.put("words", words.size());
    vocab.put("tags", tags.size());
    stats.put(PreparedStats.VOCABULARY, vocab);
    stats.put(PreparedStats.DETAILS, details.toMap());
    return new PreparedCorpus(stats, tokens, written);
  }

  private List<TaggedSentence> read(Path file) throws IOException {
    DataSection data = recipe.data();
    CorpusReader<TaggedSentence> reader = data.format() == DataSection.Format.CONLLU
        ? ConllUReader.openTagged(file, data.column() == DataSection.ConlluColumn.UPOS
            ? ConllUTagColumn.UPOS : ConllUTagColumn.XPOS)
        : ConllReader.openTagged(file, new ConllColumnFormat(ColumnSeparator.WHITESPACE,
            data.wordColumn(), OptionalInt.of(data.tagColumn()),
            Optional.of(ConllColumnFormat.DOCSTART), Optional.empty()));
    try (reader) {
      return reader.readAll();
    }
  }

  private List<String> convert(List<String> tags) {
    DataSection data = recipe.data();
    if (data.format() != DataSection.Format.CONLL || data.convertTo().isEmpty()
        || data.convertTo().get() == data.scheme()) {
      return tags;
    }
    return scheme(data.scheme()).convert(tags, scheme(data.convertTo().get()));
  }

  private static TagScheme scheme(DataSection.TagScheme s) {
    return TagScheme.valueOf(s.name());
  }

  /**
   * The form in which the tagger looks words up ({@code model.lowercase_words}, {@code
   * model.normalize_digits}), the form its word vocabulary holds. vocab.words is written in it, so the
   * prepared vocabulary is the model's training vocabulary (the tagger applies the same frequency and
   * size limits to the same forms; see TaggerRecipeSettings).
   */
  static UnaryOperator<String> wordLookup(Recipe recipe) {
    Map<String, Object> lookup = new LinkedHashMap<>();
    lookup.put("lowercase_words", recipe.model().lowercaseWords());
    lookup.put("normalize_digits", recipe.model().normalizeDigits());
    TaggerConfig config = TaggerConfig.defaults().with(lookup);
    return word -> TaggerVocabularies.lookupForm(word, config);
  }

  static int maxSize(PrepareSection settings) {
    return settings.vocabMaxSize() == 0 ? VocabularyBuilder.UNLIMITED : settings.vocabMaxSize();
  }

  private static void writeSplit(Path file, List<TaggedSentence> sentences) throws IOException {
    AtomicFiles.writeText(file, w -> {
      for (TaggedSentence s : sentences) {
        for (int i = 0; i < s.size(); i++) {
          w.write(s.words().get(i));
          w.write('\t');
          w.write(s.tags().get(i));
          w.write('\n');
        }
        w.write('\n');
      }
    });
  }
}

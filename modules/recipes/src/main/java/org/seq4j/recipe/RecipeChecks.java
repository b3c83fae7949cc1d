package org.seq4j.recipe;

import static org.seq4j.recipe.RecipeScope.id;
import static org.seq4j.recipe.RecipeScope.isDefault;
import static org.seq4j.recipe.RecipeScope.onlyFor;

import java.util.List;
import java.util.Objects;
import org.seq4j.corpus.normalize.PunctuationRemover;
import org.seq4j.corpus.normalize.StopwordRemover;
import org.seq4j.recipe.embed.TextSource;
import org.seq4j.recipe.schema.SectionValues;
import org.seq4j.recipe.schema.Setting;
import org.seq4j.recipe.section.DataSection;
import org.seq4j.recipe.section.DataSection.Format;
import org.seq4j.recipe.section.EmbedSection;
import org.seq4j.recipe.section.EvaluateSection;
import org.seq4j.recipe.section.ModelSection;
import org.seq4j.recipe.section.PrepareSection;
import org.seq4j.recipe.section.Task;
import org.seq4j.recipe.section.ToySection;
import org.seq4j.recipe.section.TrainSection;
import org.seq4j.recipe.stage.StageName;

/**
 * Checks a recipe's fields against each other, after each was checked on its own. A key that only
 * means something for another format, task or setting is an error when the recipe sets it to
 * something other than its default ({@link RecipeScope}); keys that need a dev or test split are
 * checked by {@link SplitChecks}. Settings a stage cannot honour in this version are rejected when
 * the stage plan is checked ({@link org.seq4j.recipe.stage.Stage#checkSettings}).
 */
final class RecipeChecks {
  private RecipeChecks() {}

  static void check(Recipe r) {
    SectionValues root = r.settings().values();
    checkData(r, root.section("data"));
    checkPrepare(r, root.section("prepare"));
    checkEmbed(r, root.section("embed"));
    checkModel(r, root.section("model"));
    checkTranslationModel(r, root.section("model"));
    checkTrain(r, root.section("train"));
    checkEvaluate(r, root.section("evaluate"));
    SplitChecks.check(r, root);
    checkStageOrder(r, root);
  }

  private static void checkData(Recipe r, SectionValues v) {
    DataSection d = r.data();
    if (d.format().task() != r.task()) {
      throw v.locate(DataSection.FORMAT).error("data.format " + id(d.format()) + " holds "
          + id(d.format().task()) + " data but task is " + id(r.task()) + "; expected "
          + (r.task() == Task.TAGGING ? "conllu|conll" : "parallel|tsv|toy"));
    }
    checkToyData(r, v);
    onlyFor(v, DataSection.COLUMN, d.format() == Format.CONLLU, "data.format conllu");
    for (Setting<?> s : List.of(DataSection.WORD_COLUMN, DataSection.TAG_COLUMN, DataSection.SCHEME,
        DataSection.CONVERT_TO)) {
      onlyFor(v, s, d.format() == Format.CONLL, "data.format conll");
    }
    for (Setting<?> s : List.of(DataSection.SOURCE_LANG, DataSection.TARGET_LANG)) {
      onlyFor(v, s, d.format().task() == Task.TRANSLATION, "translation data (data.format parallel|tsv|toy)");
    }
    for (Setting<?> s : List.of(DataSection.SOURCE_COLUMN, DataSection.TARGET_COLUMN)) {
      onlyFor(v, s, d.format() == Format.TSV, "data.format tsv");
    }
    if (d.format() == Format.PARALLEL) {
      for (Setting<String> s : List.of(DataSection.SOURCE_LANG, DataSection.TARGET_LANG)) {
        if (v.optional(s).isEmpty()) {
          throw v.locate(DataSection.FORMAT).error("data.format parallel needs data." + s.key()
              + " (file suffix, as in train." + "<" + s.key() + ">)");
        }
      }
    }
    if (d.format() == Format.CONLL && d.wordColumn() == d.tagColumn()) {
      throw v.locate(DataSection.TAG_COLUMN).error("data.tag_column must differ from data.word_column ("
          + d.wordColumn() + ")");
    }
    if (d.format() == Format.TSV && d.sourceColumn() == d.targetColumn()) {
      throw v.locate(DataSection.TARGET_COLUMN).error("data.target_column must differ from data.source_column ("
          + d.sourceColumn() + ")");
    }
    SectionValues split = v.section("split");
    if (d.dev().isPresent() && d.split().dev() > 0) {
      throw split.locate(DataSection.SplitSection.DEV_FRACTION).error(
          "data.split.dev must be 0 when data.dev names a file");
    }
    if (d.test().isPresent() && d.split().test() > 0) {
      throw split.locate(DataSection.SplitSection.TEST_FRACTION).error(
          "data.split.test must be 0 when data.test names a file");
    }
  }

  /**
   * Toy data is generated, so the file keys must stay unset and {@code data.train} is required only
   * for the other formats; {@code data.toy} keys apply to format toy only.
   */
  private static void checkToyData(Recipe r, SectionValues v) {
    DataSection d = r.data();
    boolean toy = d.format() == Format.TOY;
    SectionValues toyValues = v.section(ToySection.SCHEMA.name());
    for (Setting<?> s : toyValues.schema().settings()) {
      onlyFor(toyValues, s, toy, "data.format toy");
    }
    if (!toy) {
      if (v.optional(DataSection.TRAIN).isEmpty()) {
        throw v.locate(DataSection.FORMAT).error("missing required key 'data.train' (" + DataSection.TRAIN.description()
            + "; expected " + DataSection.TRAIN.type().describe() + ")");
      }
      return;
    }
    for (Setting<?> s : List.of(DataSection.DIR, DataSection.TRAIN, DataSection.DEV, DataSection.TEST)) {
      if (v.isGiven(s) && !Objects.equals(v.get(s), s.defaultValue())) {
        throw v.locate(s).error("data." + s.key() + " does not apply to data.format toy (its pairs are generated"
            + " from seed and data.toy); remove it");
      }
    }
    if (d.split().isActive()) {
      throw v.locate(DataSection.FORMAT).error("data.split does not apply to data.format toy; set data.toy.dev and"
          + " data.toy.test instead");
    }
    if (d.toy().minLength() > d.toy().maxLength()) {
      throw toyValues.locate(ToySection.MIN_LENGTH).error("data.toy.min_length (" + d.toy().minLength()
          + ") must be <= data.toy.max_length (" + d.toy().maxLength() + ")");
    }
  }

  private static void checkPrepare(Recipe r, SectionValues v) {
    boolean translation = r.task() == Task.TRANSLATION;
    onlyFor(v, PrepareSection.SHARED_VOCAB, translation, "task translation");
    onlyFor(v, PrepareSection.BPE_MERGES, translation, "task translation");
    onlyFor(v, PrepareSection.MAX_LENGTH_RATIO, translation, "task translation");
    onlyFor(v, PrepareSection.TOKENIZER, translation, "task translation (tagging data is already tokenized)");
    PrepareSection p = r.prepare();
    if (!translation) {
      for (String step : p.normalize()) {
        if (step.startsWith(StopwordRemover.NAME) || step.equals(PunctuationRemover.NAME)) {
          throw v.locate(PrepareSection.NORMALIZE).error("prepare.normalize: " + step
              + " removes tokens, which would misalign tagging data with its tags; "
              + "tagging allows token-mapping steps only (lowercase, nfc, nfkc, digits)");
        }
      }
    }
  }

  /** Translation models take no pretrained embeddings in this version: embed is tagging only. */
  private static void checkEmbed(Recipe r, SectionValues v) {
    onlyFor(v, EmbedSection.METHOD, r.task() == Task.TAGGING,
        "task tagging (translation models take no pretrained embeddings in this version)");
    boolean pretrained = r.embed().method() == EmbedSection.Method.PRETRAINED;
    if (pretrained && r.embed().file().isEmpty()) {
      throw v.locate(EmbedSection.METHOD).error("embed.method pretrained needs embed.file");
    }
    onlyFor(v, EmbedSection.FILE, pretrained, "embed.method pretrained");
    onlyFor(v, EmbedSection.FORMAT, pretrained, "embed.method pretrained");
    boolean word2vec = r.embed().method() == EmbedSection.Method.WORD2VEC;
    for (Setting<?> s : List.of(EmbedSection.TEXT_FILES, EmbedSection.ALGORITHM, EmbedSection.NEGATIVE,
        EmbedSection.WINDOW, EmbedSection.MIN_COUNT, EmbedSection.EPOCHS)) {
      onlyFor(v, s, word2vec, "embed.method word2vec");
    }
    onlyFor(v, EmbedSection.TOKENIZER, word2vec && TextSource.anyRaw(r.embed().textFiles()),
        "embed.method word2vec with tsv: or text: files in embed.text_files");
    onlyFor(v, EmbedSection.FREEZE, r.embed().method() != EmbedSection.Method.NONE, "embed.method word2vec|pretrained");
  }

  private static void checkModel(Recipe r, SectionValues v) {
    boolean tagging = r.task() == Task.TAGGING;
    onlyFor(v, ModelSection.OUTPUT, tagging, "task tagging");
    onlyFor(v, ModelSection.ATTENTION, !tagging, "task translation");
    SectionValues decoder = v.section("decoder");
    for (Setting<?> s : decoder.schema().settings()) {
      onlyFor(decoder, s, !tagging, "task translation");
    }
    onlyFor(decoder, ModelSection.RnnStack.BIDIRECTIONAL, false, "encoders");
    ModelSection m = r.model();
    onlyFor(v, ModelSection.CHAR_FEATURES, tagging, "task tagging");
    onlyFor(v, ModelSection.CHAR_DIM, tagging && m.charFeatures() != ModelSection.CharFeatures.NONE,
        "task tagging with model.char_features cnn|lstm");
    onlyFor(v, ModelSection.CHAR_FILTERS, tagging && m.charFeatures() == ModelSection.CharFeatures.CNN,
        "task tagging with model.char_features cnn");
    onlyFor(v, ModelSection.CHAR_WINDOW, tagging && m.charFeatures() == ModelSection.CharFeatures.CNN,
        "task tagging with model.char_features cnn");
    onlyFor(v, ModelSection.CHAR_HIDDEN, tagging && m.charFeatures() == ModelSection.CharFeatures.LSTM,
        "task tagging with model.char_features lstm");
    onlyFor(v, ModelSection.LOWERCASE_WORDS, tagging, "task tagging");
    onlyFor(v, ModelSection.VARIATIONAL_DROPOUT, tagging, "task tagging");
    onlyFor(v, ModelSection.WORD_DROPOUT, tagging, "task tagging");
    onlyFor(v, ModelSection.NORMALIZE_DIGITS, tagging, "task tagging");
    if (m.charWindow() % 2 == 0) {
      throw v.locate(ModelSection.CHAR_WINDOW).error("model.char_window must be odd (the window is centred on a"
          + " character), found " + m.charWindow());
    }
    if (tagging && !m.encoder().bidirectional() && r.stages().contains(StageName.TRAIN)) {
      throw v.section("encoder").locate(ModelSection.RnnStack.BIDIRECTIONAL).error(
          "model.encoder.bidirectional: the tagger's encoder is always bidirectional; remove it");
    }
    if (!tagging && m.attention() == ModelSection.Attention.DOT
        && m.decoder().hidden() != m.encoder().outputSize()) {
      throw v.locate(ModelSection.ATTENTION).error("model.attention dot needs model.decoder.hidden ("
          + m.decoder().hidden() + ") equal to the encoder output size (" + m.encoder().outputSize()
          + "); use general or bahdanau, or change the sizes");
    }
  }

  private static void checkTrain(Recipe r, SectionValues v) {
    TrainSection t = r.train();
    boolean tagging = r.task() == Task.TAGGING;
    onlyFor(v, TrainSection.L2, tagging, "task tagging");
    checkTranslationTrain(r, v);
    onlyFor(v, TrainSection.MOMENTUM, tagging && t.optimizer() == TrainSection.Optimizer.SGD,
        "task tagging with train.optimizer sgd");
    if (t.lrSchedule() != TrainSection.LrSchedule.CONSTANT && t.lrDecay() == TrainSection.NO_DECAY) {
      throw v.locate(TrainSection.LR_SCHEDULE).error("train.lr_schedule " + id(t.lrSchedule())
          + " needs train.lr_decay < 1 (the factor it applies)");
    }
    onlyFor(v, TrainSection.LR_DECAY, t.lrSchedule() != TrainSection.LrSchedule.CONSTANT,
        "train.lr_schedule exponential|plateau");
    if (t.devMetric().task() != null && t.devMetric().task() != r.task()) {
      throw v.locate(TrainSection.DEV_METRIC).error("train.dev_metric " + id(t.devMetric()) + " scores "
          + id(t.devMetric().task()) + " but task is " + id(r.task()));
    }
  }

  /**
   * The seq2seq trainer uses Adam with a plateau schedule: {@code sgd} and {@code exponential} are
   * tagging-only; {@code lr_patience} and {@code label_smoothing} are translation-only.
   */
  private static void checkTranslationTrain(Recipe r, SectionValues v) {
    TrainSection t = r.train();
    boolean translation = r.task() == Task.TRANSLATION;
    onlyFor(v, TrainSection.LABEL_SMOOTHING, translation, "task translation");
    onlyFor(v, TrainSection.AVERAGE_CHECKPOINTS, translation, "task translation");
    onlyFor(v, TrainSection.LR_PATIENCE, translation && t.lrSchedule() == TrainSection.LrSchedule.PLATEAU,
        "task translation with train.lr_schedule plateau");
    if (translation && t.optimizer() != TrainSection.Optimizer.ADAM) {
      throw v.locate(TrainSection.OPTIMIZER).error("train.optimizer " + id(t.optimizer())
          + " is not available for translation (the seq2seq trainer uses adam); expected adam");
    }
    if (translation && t.lrSchedule() == TrainSection.LrSchedule.EXPONENTIAL) {
      throw v.locate(TrainSection.LR_SCHEDULE).error("train.lr_schedule exponential is not available for"
          + " translation; expected constant|plateau");
    }
  }

  /**
   * The seq2seq model has one width, {@code model.decoder.hidden}: a bidirectional encoder whose two
   * directions have half of it each, and one cell type for encoder and decoder. A recipe that sets
   * either hidden size must make them match; when both keep their defaults, the decoder's is the
   * width (the encoder default is then simply unused, like other defaults of the other task).
   */
  private static void checkTranslationModel(Recipe r, SectionValues v) {
    boolean translation = r.task() == Task.TRANSLATION;
    onlyFor(v, ModelSection.TIE_EMBEDDINGS, translation, "task translation");
    onlyFor(v, ModelSection.REVERSE_SOURCE, translation, "task translation");
    onlyFor(v, ModelSection.DEEP_OUTPUT, translation, "task translation");
    onlyFor(v, ModelSection.INPUT_FEEDING, translation && r.model().attention() != ModelSection.Attention.NONE,
        "task translation with model.attention dot|general|bahdanau");
    if (!translation) {
      return;
    }
    ModelSection m = r.model();
    SectionValues encoder = v.section("encoder");
    SectionValues decoder = v.section("decoder");
    if (!m.encoder().bidirectional()) {
      throw encoder.locate(ModelSection.RnnStack.BIDIRECTIONAL).error(
          "model.encoder.bidirectional: the translation encoder is always bidirectional; remove it");
    }
    if (m.decoder().cell() != m.encoder().cell()) {
      throw decoder.locate(ModelSection.RnnStack.CELL).error("model.decoder.cell " + id(m.decoder().cell())
          + " must equal model.encoder.cell " + id(m.encoder().cell()) + " (one cell type per translation model)");
    }
    if (m.decoder().hidden() % 2 != 0) {
      throw decoder.locate(ModelSection.RnnStack.HIDDEN).error("model.decoder.hidden must be even (each encoder"
          + " direction has half of it), found " + m.decoder().hidden());
    }
    boolean sizesSet = !isDefault(encoder, ModelSection.RnnStack.HIDDEN) || !isDefault(decoder, ModelSection.RnnStack.HIDDEN);
    if (sizesSet && m.decoder().hidden() != m.encoder().outputSize()) {
      throw decoder.locate(ModelSection.RnnStack.HIDDEN).error("model.decoder.hidden (" + m.decoder().hidden()
          + ") must equal the encoder output size, 2 x model.encoder.hidden (" + m.encoder().outputSize() + ")");
    }
    if (m.tieEmbeddings() && m.embeddingDim() != m.decoder().hidden()) {
      throw v.locate(ModelSection.TIE_EMBEDDINGS).error("model.tie_embeddings needs model.embedding_dim ("
          + m.embeddingDim() + ") equal to model.decoder.hidden (" + m.decoder().hidden() + ")");
    }
  }

  private static void checkEvaluate(Recipe r, SectionValues v) {
    EvaluateSection e = r.evaluate();
    if (e.nBest() > e.beamSize()) {
      throw v.locate(EvaluateSection.N_BEST).error("evaluate.n_best (" + e.nBest()
          + ") must be <= evaluate.beam_size (" + e.beamSize() + ")");
    }
    boolean translation = r.task() == Task.TRANSLATION;
    onlyFor(v, EvaluateSection.BEAM_SIZE, translation, "task translation");
    onlyFor(v, EvaluateSection.N_BEST, translation, "task translation");
    onlyFor(v, EvaluateSection.LENGTH_PENALTY, translation, "task translation");
    onlyFor(v, EvaluateSection.MAX_LENGTH_RATIO, translation, "task translation");
    onlyFor(v, EvaluateSection.REPLACE_UNKNOWNS, translation && r.model().attention() != ModelSection.Attention.NONE,
        "task translation with model.attention dot|general|bahdanau");
    for (EvaluateSection.MetricName m : e.metrics().orElse(List.of())) {
      if (m.task() != r.task()) {
        throw v.locate(EvaluateSection.METRICS).error("evaluate.metrics: " + id(m) + " scores "
            + id(m.task()) + " but task is " + id(r.task()));
      }
    }
  }

  private static void checkStageOrder(Recipe r, SectionValues root) {
    List<StageName> stages = r.stages();
    if (stages.isEmpty()) {
      throw root.locate(Recipe.STAGES).error("stages is empty; expected at least one of "
          + "prepare|embed|train|evaluate|report");
    }
    for (int i = 1; i < stages.size(); i++) {
      if (stages.get(i).ordinal() < stages.get(i - 1).ordinal()) {
        throw root.locate(Recipe.STAGES).error("stages must be in the order prepare, embed, train, "
            + "evaluate, report; found " + stages.get(i - 1).id() + " before " + stages.get(i).id());
      }
    }
  }
}

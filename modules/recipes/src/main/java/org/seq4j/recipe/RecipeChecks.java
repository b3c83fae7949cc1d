package org.seq4j.recipe;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.seq4j.corpus.normalize.PunctuationRemover;
import org.seq4j.corpus.normalize.StopwordRemover;
import org.seq4j.recipe.schema.SectionValues;
import org.seq4j.recipe.schema.Setting;
import org.seq4j.recipe.section.DataSection;
import org.seq4j.recipe.section.DataSection.Format;
import org.seq4j.recipe.section.EmbedSection;
import org.seq4j.recipe.section.EvaluateSection;
import org.seq4j.recipe.section.ModelSection;
import org.seq4j.recipe.section.PrepareSection;
import org.seq4j.recipe.section.Task;
import org.seq4j.recipe.stage.StageName;

/**
 * Checks a recipe's fields against each other, after each was checked on its own. A key that only
 * means something for another format or task is an error when the recipe sets it to something
 * other than its default (a silent no-op would hide a mistake in the recipe's intent); its default
 * is simply unused, so a resolved recipe, which lists every key, loads again unchanged.
 */
final class RecipeChecks {
  private RecipeChecks() {}

  static void check(Recipe r) {
    SectionValues root = r.settings().values();
    checkData(r, root.section("data"));
    checkPrepare(r, root.section("prepare"));
    checkEmbed(r, root.section("embed"));
    checkModel(r, root.section("model"));
    checkEvaluate(r, root.section("evaluate"));
    checkStageOrder(r, root);
  }

  private static void checkData(Recipe r, SectionValues v) {
    DataSection d = r.data();
    if (d.format().task() != r.task()) {
      throw v.locate(DataSection.FORMAT).error("data.format " + id(d.format()) + " holds "
          + id(d.format().task()) + " data but task is " + id(r.task()) + "; expected "
          + (r.task() == Task.TAGGING ? "conllu|conll" : "parallel|tsv"));
    }
    onlyFor(v, DataSection.COLUMN, d.format() == Format.CONLLU, "data.format conllu");
    for (Setting<?> s : List.of(DataSection.WORD_COLUMN, DataSection.TAG_COLUMN, DataSection.SCHEME,
        DataSection.CONVERT_TO)) {
      onlyFor(v, s, d.format() == Format.CONLL, "data.format conll");
    }
    for (Setting<?> s : List.of(DataSection.SOURCE_LANG, DataSection.TARGET_LANG)) {
      onlyFor(v, s, d.format() == Format.PARALLEL, "data.format parallel");
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

  private static void checkEmbed(Recipe r, SectionValues v) {
    boolean pretrained = r.embed().method() == EmbedSection.Method.PRETRAINED;
    if (pretrained && r.embed().file().isEmpty()) {
      throw v.locate(EmbedSection.METHOD).error("embed.method pretrained needs embed.file");
    }
    onlyFor(v, EmbedSection.FILE, pretrained, "embed.method pretrained");
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
    onlyFor(v, ModelSection.CHAR_DIM, m.charFeatures() != ModelSection.CharFeatures.NONE,
        "model.char_features cnn|lstm");
    if (!tagging && m.attention() == ModelSection.Attention.DOT
        && m.decoder().hidden() != m.encoder().outputSize()) {
      throw v.locate(ModelSection.ATTENTION).error("model.attention dot needs model.decoder.hidden ("
          + m.decoder().hidden() + ") equal to the encoder output size (" + m.encoder().outputSize()
          + "); use general or bahdanau, or change the sizes");
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

  private static void onlyFor(SectionValues v, Setting<?> s, boolean applies, String scope) {
    if (!applies && v.isGiven(s) && !Objects.equals(v.get(s), s.defaultValue())) {
      throw v.locate(s).error(v.pathOf(s) + " applies only to " + scope + "; remove it");
    }
  }

  private static String id(Enum<?> e) {
    return e.name().toLowerCase(Locale.ROOT);
  }
}

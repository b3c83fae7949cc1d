package org.seq4j.recipe;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import org.seq4j.recipe.schema.LocatedTree;
import org.seq4j.recipe.schema.SchemaBinder;
import org.seq4j.recipe.schema.SectionValues;
import org.seq4j.recipe.section.DataSection;
import org.seq4j.recipe.section.EmbedSection;
import org.seq4j.recipe.section.EvaluateSection;
import org.seq4j.recipe.section.ModelSection;
import org.seq4j.recipe.section.PrepareSection;
import org.seq4j.recipe.section.ReportSection;
import org.seq4j.recipe.section.TrainSection;
import org.seq4j.recipe.stage.StageName;

/**
 * Reads a recipe: YAML → located tree → {@code --set} overrides → binding against {@link
 * Recipe#SCHEMA} → typed records → cross-field checks. Every failure is a {@link
 * RecipeException} naming the file (or the override) and the line.
 */
public final class RecipeLoader {
  private static final SchemaBinder BINDER = new SchemaBinder(Recipe.SCHEMA);

  private RecipeLoader() {}

  /** Loads a recipe file and applies {@code key.path=value} overrides in order. */
  public static Recipe load(Path file, List<String> overrides) {
    String source = file.toString();
    String yaml;
    try {
      yaml = Files.readString(file, StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      throw new RecipeException(source, 0, "recipe file not found");
    } catch (CharacterCodingException e) {
      throw new RecipeException(source, 0, "recipe is not valid UTF-8");
    } catch (IOException e) {
      throw new RecipeException(source, 0, "cannot read recipe: " + e.getMessage(), e);
    }
    return fromTree(LocatedTree.parse(yaml, source), overrides);
  }

  /** Parses recipe YAML given as text ({@code source} names it in messages). */
  public static Recipe parse(String yaml, String source, List<String> overrides) {
    return fromTree(LocatedTree.parse(yaml, source), overrides);
  }

  /** Reads recipe YAML from a reader. */
  public static Recipe parse(Reader yaml, String source, List<String> overrides) {
    return fromTree(LocatedTree.parse(yaml, source), overrides);
  }

  /** Builds a recipe from overrides alone (ad hoc {@code seq4j prepare --conllu F}). */
  public static Recipe fromOverrides(String source, List<String> overrides) {
    return fromTree(LocatedTree.empty(source), overrides);
  }

  private static Recipe fromTree(LocatedTree tree, List<String> overrides) {
    overrides.forEach(o -> BINDER.override(tree, o));
    SectionValues root = BINDER.bind(tree);
    RecipeSettings settings = new RecipeSettings(root, tree.source());
    EmbedSection embed = EmbedSection.from(root.section(EmbedSection.SCHEMA.name()));
    Recipe recipe =
        new Recipe(
            root.get(Recipe.NAME),
            root.get(Recipe.SEED),
            root.get(Recipe.TASK),
            root.optional(Recipe.STAGES)
                .orElse(StageName.defaultsFor(root.get(Recipe.TASK), embed.method())),
            DataSection.from(root.section(DataSection.SCHEMA.name())),
            PrepareSection.from(root.section(PrepareSection.SCHEMA.name())),
            embed,
            ModelSection.from(root.section(ModelSection.SCHEMA.name())),
            TrainSection.from(root.section(TrainSection.SCHEMA.name())),
            EvaluateSection.from(root.section(EvaluateSection.SCHEMA.name())),
            ReportSection.from(root.section(ReportSection.SCHEMA.name())),
            settings);
    RecipeChecks.check(recipe);
    return recipe;
  }
}

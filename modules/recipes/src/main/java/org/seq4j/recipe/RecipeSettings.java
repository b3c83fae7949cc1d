package org.seq4j.recipe;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import org.seq4j.recipe.schema.Location;
import org.seq4j.recipe.schema.SectionValues;

/**
 * A recipe's validated values as a tree (defaults included) plus where each key was written, for
 * recipe.resolved.yaml, the manifest and error messages about a key (a missing file names the
 * recipe and the line of its key). Immutable.
 */
public final class RecipeSettings {
  private final SectionValues root;
  private final String source;

  RecipeSettings(SectionValues root, String source) {
    this.root = root;
    this.source = source;
  }

  /** The recipe file, or the description of an ad hoc recipe. */
  public String source() {
    return source;
  }

  /** Where a dotted key was written (the nearest enclosing key for defaulted keys). */
  public Location locate(String path) {
    return root.locateRaw(path);
  }

  /** An exception about a key, located at the key's line. */
  public RecipeException error(String path, String problem) {
    return locate(path).error(problem);
  }

  /** The resolved recipe (defaults included) as a tree. */
  public ObjectNode toTree() {
    return root.toTree();
  }

  /** The resolved recipe as a flat {@code key.path → value} map. */
  public Map<String, Object> flatten() {
    return root.flatten();
  }

  /** The bound values of the recipe root. */
  public SectionValues values() {
    return root;
  }
}

package org.seq4j.recipe.embed;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.seq4j.recipe.Recipe;
import org.seq4j.tagger.model.TaggerConfig;
import org.seq4j.tagger.model.TaggerVocabularies;

/**
 * The form in which a recipe's tagger looks words up ({@link TaggerVocabularies#lookupForm} with
 * {@code model.lowercase_words} and {@code model.normalize_digits}), the form the prepare stage writes
 * vocab.words in. The embed stage writes its vectors in this form: the tagger adds each vector's word
 * to its vocabulary in lookup form and initialises that row from the vector of exactly that form
 * (or its lowercase), so a vector for {@code 1984} or {@code The} would be lost on a model that looks
 * up {@code 0000} and {@code the}.
 */
final class WordLookup {
  private WordLookup() {}

  static UnaryOperator<String> of(Recipe recipe) {
    Map<String, Object> lookup = new LinkedHashMap<>();
    lookup.put("lowercase_words", recipe.model().lowercaseWords());
    lookup.put("normalize_digits", recipe.model().normalizeDigits());
    TaggerConfig config = TaggerConfig.defaults().with(lookup);
    return word -> TaggerVocabularies.lookupForm(word, config);
  }
}

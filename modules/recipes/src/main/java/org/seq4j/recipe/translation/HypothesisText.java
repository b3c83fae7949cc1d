package org.seq4j.recipe.translation;

import java.util.List;
import org.seq4j.corpus.bpe.BpeSegmenter;
import org.seq4j.corpus.tokenize.Detokenizer;
import org.seq4j.corpus.tokenize.Tokenizers;
import org.seq4j.corpus.tokenize.WhitespaceTokenizer;
import org.seq4j.recipe.Recipe;

/**
 * Turns model output (target tokens joined by spaces, BPE subwords when the data was segmented) into
 * the text that is written and scored: subwords joined back into words ({@link BpeSegmenter#undo}),
 * then the words detokenized with the inverse of the recipe's tokenizer ({@link
 * Tokenizers#detokenizerFor}). This is what sacreBLEU expects: detokenized output scored against the
 * original references, with its own 13a tokenization applied to both. Normalization (lowercasing,
 * for one) cannot be undone; that is why the headline BLEU is case-insensitive. Immutable and
 * thread-safe.
 */
public final class HypothesisText {
  private final boolean bpe;
  private final Detokenizer detokenizer;

  /**
   * @param bpe whether model output is BPE-segmented
   * @param detokenizer the inverse of the tokenizer the data was prepared with
   */
  public HypothesisText(boolean bpe, Detokenizer detokenizer) {
    this.bpe = bpe;
    this.detokenizer = detokenizer;
  }

  /** The post-processing the recipe's preparation calls for. */
  public static HypothesisText forRecipe(Recipe recipe) {
    return new HypothesisText(recipe.prepare().bpeMerges() > 0, Tokenizers.detokenizerFor(recipe.prepare().tokenizer()));
  }

  /** The words of model output: BPE undone, not yet detokenized. */
  public List<String> words(String modelOutput) {
    List<String> pieces = WhitespaceTokenizer.INSTANCE.tokenize(modelOutput);
    return bpe ? BpeSegmenter.undo(pieces) : pieces;
  }

  /** The display text of model output; empty output stays empty. */
  public String apply(String modelOutput) {
    return detokenizer.detokenize(words(modelOutput));
  }
}

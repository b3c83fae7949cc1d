package org.seq4j.cli;

import java.util.Locale;
import java.util.Set;
import org.seq4j.corpus.io.conllu.ConllUTagColumn;
import org.seq4j.tagger.NeuralTagger;

/**
 * Which CoNLL-U column a tagger model fills: the column its manifest records under {@link
 * NeuralTagger#MANIFEST_TAG_COLUMN}; for model files without that entry, UPOS when every tag the
 * model predicts is one of the 17 Universal POS tags, else XPOS (language-specific tags such as the
 * PTB's {@code NN}, {@code VBD} are not UPOS tags).
 */
final class ModelTagColumn {

  /** The Universal Dependencies v2 UPOS tag set. */
  static final Set<String> UPOS_TAGS = Set.of("ADJ", "ADP", "ADV", "AUX", "CCONJ", "DET", "INTJ", "NOUN", "NUM",
      "PART", "PRON", "PROPN", "PUNCT", "SCONJ", "SYM", "VERB", "X");

  private ModelTagColumn() {}

  static ConllUTagColumn of(NeuralTagger tagger) {
    Object recorded = tagger.manifest().get(NeuralTagger.MANIFEST_TAG_COLUMN);
    if (recorded != null) {
      return ConllUTagColumn.parse(recorded.toString().toLowerCase(Locale.ROOT));
    }
    return UPOS_TAGS.containsAll(tagger.tags()) ? ConllUTagColumn.UPOS : ConllUTagColumn.XPOS;
  }
}

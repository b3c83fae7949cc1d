package org.seq4j.eval.tagging;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.seq4j.eval.EvalInputException;

/**
 * A gold file and a predicted file read, checked and paired sentence by sentence, with the chunk
 * scheme they are read in.
 *
 * <p>Design: whether the tags are chunk tags is decided from the gold tags when no scheme is given:
 * if every gold tag is {@code O} or {@code B-}/{@code I-}/{@code E-}/{@code S-} with a type, the
 * files are chunk-tagged (BIOES if gold or prediction has an {@code E-}/{@code S-} tag, else IOB2,
 * which conlleval reads like IOB1) and every predicted tag must then be valid in that scheme, so a
 * stray {@code X-PER} is reported rather than silently turning entity scoring off. POS tags get no
 * scheme, hence no meaningless "entities".
 *
 * @param sentences the paired sentences
 * @param scheme the chunk scheme; empty for non-chunk tags and for raw conlleval counting
 */
public record TaggedCorpus(List<TaggedSentence> sentences, Optional<TagScheme> scheme) {

  public TaggedCorpus {
    sentences = List.copyOf(sentences);
  }

  /**
   * Reads {@code gold} and {@code predicted} and pairs them.
   *
   * @throws EvalInputException for unreadable or malformed files, misaligned sentences, tags that
   *     are not valid in the scheme, and strict mode on tags that are not chunk tags
   */
  public static TaggedCorpus load(Path gold, Path predicted, TagEvaluationOptions options) {
    TagFile goldFile = TagFileReader.read(gold, options.format(), options.column());
    TagFile predictedFile = TagFileReader.read(predicted, options.format(), options.column());
    Optional<TagScheme> scheme = options.scheme();
    if (scheme.isEmpty() && !options.conllevalRaw()) {
      scheme = TagScheme.detect(goldFile.tagSet())
          .map(goldScheme -> TagScheme.detect(predictedFile.tagSet())
              .filter(p -> p == TagScheme.BIOES)
              .orElse(goldScheme));
      if (scheme.isEmpty() && options.strict()) {
        throw new EvalInputException(gold.toString(), 0,
            "strict mode needs chunk tags (O, B-TYPE, I-TYPE, ...), but the gold tags are not");
      }
    }
    scheme.ifPresent(goldFile::requireValid);
    scheme.ifPresent(predictedFile::requireValid);
    return new TaggedCorpus(goldFile.pairWith(predictedFile), scheme);
  }
}

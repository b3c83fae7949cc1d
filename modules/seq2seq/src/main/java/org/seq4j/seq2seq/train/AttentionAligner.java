package org.seq4j.seq2seq.train;

import java.util.ArrayList;
import java.util.List;
import org.seq4j.corpus.vocab.Vocabulary;
import org.seq4j.seq2seq.model.DecoderState;
import org.seq4j.seq2seq.model.PaddedSources;
import org.seq4j.seq2seq.model.Seq2SeqNetwork;

/**
 * The attention weights a network assigns while it reads given outputs: forced decoding of chosen
 * hypotheses (BOS, then each output token), batched, recording at each step the weights the step
 * predicted with. Used for unknown-word replacement after the search, so the search strategies stay
 * model-agnostic and pay nothing when no {@code <unk>} was emitted. The weights are those of the
 * search's own steps up to floating-point rounding of a different batch composition.
 */
final class AttentionAligner {
  private AttentionAligner() {}

  /**
   * @param sources encoder ids per sentence (non-empty)
   * @param outputs output ids per sentence, without BOS and EOS
   * @return per sentence, one row of weights over its source positions per output token
   */
  static List<float[][]> align(Seq2SeqNetwork network, List<int[]> sources, List<int[]> outputs) {
    PaddedSources padded = PaddedSources.of(sources);
    int rows = sources.size();
    DecoderState state = network.initialState(network.encode(padded.ids(), padded.mask(), rows, padded.steps()));
    int longest = outputs.stream().mapToInt(o -> o.length).max().orElse(0);
    List<float[][]> weights = new ArrayList<>(rows);
    for (int r = 0; r < rows; r++) {
      weights.add(new float[outputs.get(r).length][]);
    }
    int[] tokens = new int[rows];
    for (int t = 0; t < longest; t++) {
      for (int r = 0; r < rows; r++) {
        int[] out = outputs.get(r);
        tokens[r] = t == 0 ? Vocabulary.BOS_ID : t - 1 < out.length ? out[t - 1] : Vocabulary.EOS_ID;
      }
      Seq2SeqNetwork.StepOutput step = network.decodeStep(state, tokens);
      if (step.attention() == null) {
        throw new IllegalStateException("the model has no attention to align with");
      }
      float[][] rowsWeights = step.attention().toFloatMatrix();
      for (int r = 0; r < rows; r++) {
        if (t < outputs.get(r).length) {
          weights.get(r)[t] = rowsWeights[r];
        }
      }
      state = step.next();
    }
    return weights;
  }
}

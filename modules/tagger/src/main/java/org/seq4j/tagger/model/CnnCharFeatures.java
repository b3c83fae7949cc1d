package org.seq4j.tagger.model;

import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.seq4j.nn.layers.CharCnn;
import org.seq4j.nn.layers.Embedding;
import org.seq4j.corpus.vocab.Vocabulary;
import org.seq4j.nn.param.ParameterSet;

/** Character CNN word features: nn's {@link CharCnn} (embeddings, convolution, max over characters). */
public final class CnnCharFeatures implements CharFeatureEncoder {

  /**
   * The fixed cost of one call, in character positions. Measured with 30 filters of width 3 over
   * 30-dim characters: a training forward (nn's CharCnn, about fifteen ND4J ops) costs about 500 us
   * plus 0.6 us per position; the inference path ({@link CnnInference}) about 60 us plus 0.25 us,
   * for which this splits a little less finely than it could (on EWT test: 3 or 4 groups per
   * batch, 86,000 character positions per pass instead of 775,000 per token).
   */
  static final double CALL_COST_POSITIONS = 800;

  private final CharCnn cnn;
  private final CnnInference inference;

  /** Parameters are named {@code name.chars}, {@code name.filters}, {@code name.bias}; char id 0 is padding. */
  public CnnCharFeatures(String name, int numChars, int charDim, int filters, int window, DataType dataType, long seed) {
    this.cnn = CharCnn.create(name, numChars, charDim, filters, window, Vocabulary.PAD_ID, dataType, seed);
    // CharCnn draws character embeddings from N(0, 1); rescale to N(0, 1/dim) like every other
    // embedding of the tagger (see TaggerNetwork.unitNormStddev).
    cnn.charEmbedding().weight().value().muli(TaggerNetwork.unitNormStddev(charDim) / Embedding.DEFAULT_INIT_STDDEV);
    this.inference = new CnnInference(cnn);
  }

  @Override
  public int outputSize() {
    return cnn.outputSize();
  }

  @Override
  public ParameterSet parameters() {
    return cnn.parameters();
  }

  /** Work proportional to the character positions (one gemm row each), plus a fixed cost per call. */
  @Override
  public double forwardCost(int words, int chars) {
    return (double) words * chars + CALL_COST_POSITIONS;
  }

  /** Inference in FLOAT takes {@link CnnInference}'s host-loop path; training keeps what backward needs. */
  @Override
  public Pass forward(INDArray charIds, INDArray charMask, boolean training) {
    if (!training && inference.supports(charMask)) {
      INDArray output = inference.forward(charIds, charMask);
      return () -> output;
    }
    return new CnnPass(cnn.forward(charIds, charMask));
  }

  @Override
  public void backward(Pass pass, INDArray gradOutput) {
    if (!(pass instanceof CnnPass training)) {
      throw new IllegalArgumentException("backward needs a forward pass run with training = true");
    }
    cnn.backward(training.activations(), gradOutput);
  }

  private record CnnPass(CharCnn.Activations activations) implements Pass {
    @Override
    public INDArray output() {
      return activations.output();
    }
  }
}

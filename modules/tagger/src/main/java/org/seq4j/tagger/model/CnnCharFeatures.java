package org.seq4j.tagger.model;

import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.seq4j.nn.layers.CharCnn;
import org.seq4j.nn.layers.Embedding;
import org.seq4j.corpus.vocab.Vocabulary;
import org.seq4j.nn.param.ParameterSet;

/** Character CNN word features: nn's {@link CharCnn} (embeddings, convolution, max over characters). */
public final class CnnCharFeatures implements CharFeatureEncoder {

  private final CharCnn cnn;

  /** Parameters are named {@code name.chars}, {@code name.filters}, {@code name.bias}; char id 0 is padding. */
  public CnnCharFeatures(String name, int numChars, int charDim, int filters, int window, DataType dataType, long seed) {
    this.cnn = CharCnn.create(name, numChars, charDim, filters, window, Vocabulary.PAD_ID, dataType, seed);
    // CharCnn draws character embeddings from N(0, 1); rescale to N(0, 1/dim) like every other
    // embedding of the tagger (see TaggerNetwork.unitNormStddev).
    cnn.charEmbedding().weight().value().muli(TaggerNetwork.unitNormStddev(charDim) / Embedding.DEFAULT_INIT_STDDEV);
  }

  @Override
  public int outputSize() {
    return cnn.outputSize();
  }

  @Override
  public ParameterSet parameters() {
    return cnn.parameters();
  }

  @Override
  public Pass forward(INDArray charIds, INDArray charMask, boolean training) {
    return new CnnPass(cnn.forward(charIds, charMask));
  }

  @Override
  public void backward(Pass pass, INDArray gradOutput) {
    cnn.backward(((CnnPass) pass).activations(), gradOutput);
  }

  private record CnnPass(CharCnn.Activations activations) implements Pass {
    @Override
    public INDArray output() {
      return activations.output();
    }
  }
}

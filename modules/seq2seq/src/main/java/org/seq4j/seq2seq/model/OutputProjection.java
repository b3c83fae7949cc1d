package org.seq4j.seq2seq.model;

import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.seq4j.nn.layers.Linear;
import org.seq4j.nn.param.Parameter;
import org.seq4j.nn.param.ParameterSet;

/**
 * The layer from decoder outputs to target-vocabulary logits: either its own {@link Linear}, or
 * tied to the target embedding (Press &amp; Wolf 2017): {@code logits = x E^T + b} with the
 * embedding table {@code E [vocab, hidden]} shared, so its gradient receives both uses (the
 * embedding's sparse rows and this dense {@code dLogits^T x}).
 */
final class OutputProjection {
  private final Linear untied;
  private final Parameter tiedWeight;
  private final Parameter tiedBias;

  private OutputProjection(Linear untied, Parameter tiedWeight, Parameter tiedBias) {
    this.untied = untied;
    this.tiedWeight = tiedWeight;
    this.tiedBias = tiedBias;
  }

  static OutputProjection untied(int hidden, int vocabulary, DataType dataType, long seed) {
    return new OutputProjection(Linear.create("output", hidden, vocabulary, dataType, seed), null, null);
  }

  /** Shares {@code embedding [vocab, hidden]}; adds only a bias {@code output.b}. */
  static OutputProjection tied(Parameter embedding) {
    INDArray bias = Nd4j.zeros(embedding.value().dataType(), embedding.value().size(0));
    return new OutputProjection(null, embedding, Parameter.of("output.b", bias));
  }

  /** Own parameters only (a tied weight belongs to the embedding). */
  ParameterSet parameters() {
    if (untied != null) {
      return untied.parameters();
    }
    ParameterSet set = new ParameterSet();
    set.add(tiedBias);
    return set;
  }

  /** {@code [..., hidden] -> [..., vocab]}. */
  INDArray forward(INDArray input) {
    if (untied != null) {
      return untied.forward(input);
    }
    INDArray rows = rows(input);
    INDArray out = Nd4j.gemm(rows, tiedWeight.value(), false, true);
    out.addiRowVector(tiedBias.value());
    long[] shape = input.shape().clone();
    shape[shape.length - 1] = out.size(1);
    return out.reshape('c', shape);
  }

  /** Accumulates parameter gradients; returns {@code dL/dinput}. */
  INDArray backward(INDArray input, INDArray gradOutput) {
    if (untied != null) {
      return untied.backward(input, gradOutput);
    }
    INDArray rows = rows(input);
    INDArray dOut = gradOutput.reshape('c', rows.size(0), tiedWeight.value().size(0)).dup('c');
    Nd4j.gemm(dOut, rows, tiedWeight.gradient(), true, false, 1.0, 1.0);
    tiedBias.gradient().addi(dOut.sum(0).reshape(tiedBias.gradient().shape()));
    return Nd4j.gemm(dOut, tiedWeight.value(), false, false).reshape('c', input.shape());
  }

  private static INDArray rows(INDArray input) {
    long in = input.size(input.rank() - 1);
    return input.reshape('c', input.length() / in, in).dup('c');
  }
}

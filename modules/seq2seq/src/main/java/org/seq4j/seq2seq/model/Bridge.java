package org.seq4j.seq2seq.model;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.ops.transforms.Transforms;
import org.seq4j.nn.layers.Linear;
import org.seq4j.nn.param.ParameterSet;
import org.seq4j.nn.rnn.RecurrentState;

/**
 * From the encoder's final states to the decoder: decoder layer {@code l} starts from
 * {@code tanh(W_{l,k} [fwd; bwd] + b_{l,k})} of encoder layer {@code min(l, N-1)}, separately per
 * state component k (hidden, and cell for LSTM); the context vector is {@code c = tanh(W_c [fwd;
 * bwd] + b_c)} of the top encoder layer's final hidden state (Cho et al. 2014). A learned map rather
 * than copying states lets encoder and decoder differ in depth and lets the bidirectional summary
 * (2 x H/2) become one H-wide state.
 */
final class Bridge {
  private final List<Linear[]> layerMaps = new ArrayList<>();
  private final Linear context;
  private final int encoderLayers;
  private final ParameterSet parameters = new ParameterSet();

  Bridge(int encoderLayers, int decoderLayers, int components, int hiddenSize, DataType dataType, long seed) {
    SplittableRandom seeds = new SplittableRandom(seed);
    this.encoderLayers = encoderLayers;
    for (int l = 0; l < decoderLayers; l++) {
      Linear[] maps = new Linear[components];
      for (int k = 0; k < components; k++) {
        maps[k] = Linear.create("bridge.l" + l + ".c" + k, hiddenSize, hiddenSize, dataType, seeds.nextLong());
        parameters.addAll(maps[k].parameters());
      }
      layerMaps.add(maps);
    }
    this.context = Linear.create("bridge.context", hiddenSize, hiddenSize, dataType, seeds.nextLong());
    parameters.addAll(context.parameters());
  }

  ParameterSet parameters() {
    return parameters;
  }

  /** Forward results: the decoder's initial stack state, the context vector, and the activations. */
  record Output(RecurrentState decoderInitial, INDArray context, List<INDArray[]> layerOutputs,
      List<RecurrentState> encoderStates) {}

  /** @param encoderStates final state of each encoder layer, {@code [batch, hidden]} per component */
  Output forward(List<RecurrentState> encoderStates) {
    int components = encoderStates.get(0).components();
    List<INDArray[]> outputs = new ArrayList<>();
    INDArray[][] byComponent = new INDArray[components][layerMaps.size()];
    for (int l = 0; l < layerMaps.size(); l++) {
      RecurrentState source = encoderStates.get(sourceLayer(l));
      INDArray[] out = new INDArray[components];
      for (int k = 0; k < components; k++) {
        out[k] = Transforms.tanh(layerMaps.get(l)[k].forward(source.component(k)), false);
        byComponent[k][l] = out[k];
      }
      outputs.add(out);
    }
    INDArray hidden = concat(byComponent[0]);
    INDArray cell = components > 1 ? concat(byComponent[1]) : null;
    INDArray c = Transforms.tanh(context.forward(top(encoderStates).hidden()), false);
    return new Output(new RecurrentState(hidden, cell), c, outputs, encoderStates);
  }

  /**
   * Back-propagates the gradients of the decoder's per-layer initial states and of the context vector;
   * returns the gradient of each encoder layer's final state.
   */
  List<RecurrentState> backward(Output output, List<RecurrentState> initialGradients, INDArray contextGradient) {
    List<RecurrentState> sources = output.encoderStates();
    int components = sources.get(0).components();
    INDArray[][] grads = new INDArray[encoderLayers][components];
    for (int l = 0; l < layerMaps.size(); l++) {
      int s = sourceLayer(l);
      for (int k = 0; k < components; k++) {
        INDArray y = output.layerOutputs().get(l)[k];
        INDArray dz = tanhBackward(y, initialGradients.get(l).component(k));
        add(grads[s], k, layerMaps.get(l)[k].backward(sources.get(s).component(k), dz));
      }
    }
    INDArray dz = tanhBackward(output.context(), contextGradient);
    add(grads[encoderLayers - 1], 0, context.backward(top(sources).hidden(), dz));
    List<RecurrentState> result = new ArrayList<>();
    for (int s = 0; s < encoderLayers; s++) {
      for (int k = 0; k < components; k++) {
        if (grads[s][k] == null) {
          grads[s][k] = sources.get(s).component(k).ulike().assign(0);
        }
      }
      result.add(new RecurrentState(grads[s][0], components > 1 ? grads[s][1] : null));
    }
    return result;
  }

  private int sourceLayer(int decoderLayer) {
    return Math.min(decoderLayer, encoderLayers - 1);
  }

  private RecurrentState top(List<RecurrentState> encoderStates) {
    return encoderStates.get(encoderLayers - 1);
  }

  /** dL/dz for y = tanh(z): {@code dy * (1 - y^2)}. */
  static INDArray tanhBackward(INDArray y, INDArray dy) {
    return y.mul(y).rsubi(1).muli(dy);
  }

  private static void add(INDArray[] slots, int k, INDArray value) {
    slots[k] = slots[k] == null ? value : slots[k].addi(value);
  }

  private static INDArray concat(INDArray[] parts) {
    return parts.length == 1 ? parts[0] : Nd4j.concat(1, parts);
  }
}

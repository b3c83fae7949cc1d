package org.seq4j.seq2seq.model;

import java.util.ArrayList;
import java.util.List;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.rng.Random;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;
import org.seq4j.corpus.batch.Seq2SeqBatch;
import org.seq4j.nn.layers.Dropout;
import org.seq4j.nn.layers.LossAndGradient;
import org.seq4j.nn.layers.MaskedSoftmaxCrossEntropy;
import org.seq4j.nn.param.ParameterSet;
import org.seq4j.nn.rnn.RecurrentPass;
import org.seq4j.nn.rnn.RecurrentState;
import org.seq4j.nn.rnn.SequenceGradient;
import org.seq4j.nn.train.TrainableModel;

/**
 * Training of a {@link Seq2SeqNetwork} with teacher forcing: the decoder inputs {@code BOS y} are
 * known, so the whole decoder runs through the recurrent sequence API and back-propagates through it
 * (the step API has no backward, and needs none here: the context vector enters every step as part
 * of the input, and attention is applied after the decoder RNN). The gradient of c is the sum over
 * time of its input columns; the bridge then sends both the initial-state and the context gradients
 * into the encoder's final states.
 *
 * <p>Dropout (embeddings and the vector before the output layer; the stacks handle their own
 * between-layer dropout) draws from this object's seeded generator. Not thread-safe: one instance per
 * training run.
 */
public final class TeacherForcing implements TrainableModel<Seq2SeqBatch> {
  private static final int FEATURE_AXIS = 2;
  private static final int TIME_AXIS = 0;

  private final Seq2SeqNetwork network;
  private final MaskedSoftmaxCrossEntropy loss;
  private final Dropout dropout;
  private final Random random;
  private final ParameterSet trainable;

  public TeacherForcing(Seq2SeqNetwork network, double labelSmoothing, long dropoutSeed) {
    this.network = network;
    this.loss = new MaskedSoftmaxCrossEntropy(labelSmoothing);
    this.dropout = Dropout.standard(network.config().dropout());
    this.random = Nd4j.getRandomFactory().getNewRandomInstance(dropoutSeed);
    this.trainable = network.parameters();
  }

  @Override
  public ParameterSet parameters() {
    return trainable;
  }

  @Override
  public StepResult step(Seq2SeqBatch batch) {
    Forward f = forward(batch, true);
    LossAndGradient lg = loss.lossAndGradient(f.logits, f.labels, f.lossMask);
    backward(f, lg.gradient());
    return new StepResult(lg.loss(), lg.tokens());
  }

  /** Mean loss per target token in inference mode (no dropout, no gradients). */
  public double loss(Seq2SeqBatch batch) {
    Forward f = forward(batch, false);
    return loss.loss(f.logits, f.labels, f.lossMask);
  }

  /** Teacher-forced logits {@code [decoderSteps, rows, vocab]} in inference mode. */
  public INDArray logits(Seq2SeqBatch batch) {
    return forward(batch, false).logits;
  }

  private static final class Forward {
    INDArray sourceIds;
    Dropout.Applied sourceDrop;
    RecurrentPass encoderPass;
    AttentionMemory memory;
    Bridge.Output bridged;
    INDArray decoderIds;
    Dropout.Applied targetDrop;
    RecurrentPass decoderPass;
    LuongAttention.Pass attentionPass;
    INDArray features;
    Dropout.Applied outputDrop;
    INDArray logits;
    INDArray labels;
    INDArray lossMask;
  }

  private Forward forward(Seq2SeqBatch b, boolean training) {
    Forward f = new Forward();
    int rows = b.size();
    int s = b.sourceTimeSteps();
    int t = b.decoderTimeSteps();
    var type = network.dataType();
    f.sourceIds = TimeMajorIds.of(b.sourceIds(), rows, s);
    INDArray sourceMask = TimeMajorIds.mask(b.sourceMask(), rows, s, type);
    INDArray sourceEmbedded = network.sourceEmbedding().forward(f.sourceIds);
    f.sourceDrop = drop(sourceEmbedded, training);
    f.encoderPass = network.encoder().forward(f.sourceDrop.output(), sourceMask, null, training);
    f.bridged = network.bridge().forward(network.encoder().layerStates(f.encoderPass.finalState()));
    if (network.attention() != null) {
      f.memory = AttentionMemory.of(f.encoderPass.output(), sourceMask);
    }

    f.decoderIds = TimeMajorIds.of(b.decoderInputIds(), rows, t);
    INDArray decoderMask = TimeMajorIds.mask(b.decoderMask(), rows, t, type);
    f.targetDrop = drop(network.targetEmbedding().forward(f.decoderIds), training);
    INDArray context = f.bridged.context();
    INDArray repeated = context.reshape('c', 1, rows * context.size(1)).repeat(0, t);
    INDArray decoderInput = Nd4j.concat(FEATURE_AXIS, f.targetDrop.output(),
        repeated.reshape('c', t, rows, context.size(1)));
    f.decoderPass = network.decoder().forward(decoderInput, decoderMask, f.bridged.decoderInitial(), training);
    f.features = f.decoderPass.output();
    if (network.attention() != null) {
      f.attentionPass = network.attention().forward(f.features, f.memory);
      f.features = f.attentionPass.output();
    }
    f.outputDrop = drop(f.features, training);
    f.logits = network.output().forward(f.outputDrop.output());
    f.labels = TimeMajorIds.of(b.labelIds(), rows, t);
    f.lossMask = decoderMask.transpose().dup('c');
    return f;
  }

  private void backward(Forward f, INDArray dLogits) {
    INDArray dDropped = network.output().backward(f.outputDrop.output(), dLogits);
    INDArray dFeatures = dropout.backward(dDropped, f.outputDrop);
    INDArray dEncoderOutputs;
    if (f.attentionPass != null) {
      LuongAttention.Gradient g = network.attention().backward(f.attentionPass, dFeatures);
      dFeatures = g.decoderStates();
      dEncoderOutputs = g.encoderOutputs();
    } else {
      dEncoderOutputs = f.encoderPass.output().ulike().assign(0);
    }
    SequenceGradient dDecoder = network.decoder().backward(f.decoderPass, dFeatures, null);
    long e = network.config().embeddingSize();
    long h = network.config().hiddenSize();
    INDArray dInput = dDecoder.input();
    INDArray dEmbedded = dInput.get(NDArrayIndex.all(), NDArrayIndex.all(), NDArrayIndex.interval(0, e)).dup('c');
    INDArray dContext = dInput.get(NDArrayIndex.all(), NDArrayIndex.all(), NDArrayIndex.interval(e, e + h))
        .sum(TIME_AXIS);
    network.targetEmbedding().backward(f.decoderIds, dropout.backward(dEmbedded, f.targetDrop));

    List<RecurrentState> dInitial = network.decoder().layerStates(dDecoder.initialState());
    List<RecurrentState> dEncoderStates = network.bridge().backward(f.bridged, dInitial, dContext);
    SequenceGradient dEncoder = network.encoder().backward(f.encoderPass, dEncoderOutputs, concat(dEncoderStates));
    network.sourceEmbedding().backward(f.sourceIds, dropout.backward(dEncoder.input(), f.sourceDrop));
  }

  private Dropout.Applied drop(INDArray x, boolean training) {
    return training ? dropout.train(x, random) : new Dropout.Applied(x, null);
  }

  private static RecurrentState concat(List<RecurrentState> states) {
    List<INDArray> hidden = new ArrayList<>();
    List<INDArray> cell = new ArrayList<>();
    for (RecurrentState s : states) {
      hidden.add(s.hidden());
      if (s.cell() != null) {
        cell.add(s.cell());
      }
    }
    INDArray h = hidden.size() == 1 ? hidden.get(0) : Nd4j.concat(1, hidden.toArray(INDArray[]::new));
    INDArray c = cell.isEmpty() ? null : cell.size() == 1 ? cell.get(0) : Nd4j.concat(1, cell.toArray(INDArray[]::new));
    return new RecurrentState(h, c);
  }
}

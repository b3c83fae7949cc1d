package org.seq4j.seq2seq.model;

import java.util.List;
import java.util.SplittableRandom;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.rng.Random;
import org.nd4j.linalg.factory.Nd4j;
import org.seq4j.corpus.batch.Seq2SeqBatch;
import org.seq4j.nn.layers.Dropout;
import org.seq4j.nn.layers.LossAndGradient;
import org.seq4j.nn.layers.MaskedSoftmaxCrossEntropy;
import org.seq4j.nn.param.ParameterSet;
import org.seq4j.nn.rnn.RecurrentState;
import org.seq4j.nn.rnn.SequenceGradient;
import org.seq4j.nn.train.TrainableModel;

/**
 * Training of a {@link Seq2SeqNetwork} with teacher forcing: the decoder inputs {@code BOS y} are
 * known, so the encoder runs once over the source and the decoder over the target, either in one
 * sequence call ({@link SequenceDecoding}) or, when a step reads the previous step's attention,
 * step by step with back-propagation through time ({@link StepwiseDecoding}). The bridge sends both
 * the initial-state and the context-vector gradients into the encoder's final states.
 *
 * <p>Dropout (embeddings, between recurrent layers, and the vector before the output layer) draws
 * from this object's generator, which {@link #startEpoch} re-seeds from the run seed and the epoch
 * number: the random stream of an epoch does not depend on the epochs before it, so a run resumed at
 * an epoch boundary repeats the uninterrupted run. Not thread-safe: one instance per training run.
 */
public final class TeacherForcing implements TrainableModel<Seq2SeqBatch> {
  private final Seq2SeqNetwork network;
  private final MaskedSoftmaxCrossEntropy loss;
  private final Dropout dropout;
  private final long dropoutSeed;
  private final ParameterSet trainable;
  private Random random;

  public TeacherForcing(Seq2SeqNetwork network, double labelSmoothing, long dropoutSeed) {
    this.network = network;
    this.loss = new MaskedSoftmaxCrossEntropy(labelSmoothing);
    this.dropout = Dropout.standard(network.config().dropout());
    this.dropoutSeed = dropoutSeed;
    this.random = Nd4j.getRandomFactory().getNewRandomInstance(dropoutSeed);
    this.trainable = network.parameters();
  }

  /** Re-seeds dropout for epoch {@code epoch} (1-based) from the seed and the epoch alone. */
  public void startEpoch(int epoch) {
    long seed = new SplittableRandom(dropoutSeed).split().nextLong() + epoch;
    this.random = Nd4j.getRandomFactory().getNewRandomInstance(seed);
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
    StackRunner.Pass encoderPass;
    Bridge.Output bridged;
    INDArray decoderIds;
    Dropout.Applied targetDrop;
    DecoderPass decoderPass;
    DeepOutput.Pass deepPass;
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
    StackRunner.LayerDropout layerDropout = training ? new StackRunner.LayerDropout(dropout, random) : null;
    f.sourceIds = TimeMajorIds.of(b.sourceIds(), rows, s);
    INDArray sourceMask = TimeMajorIds.mask(b.sourceMask(), rows, s, type);
    f.sourceDrop = drop(network.sourceEmbedding().forward(f.sourceIds), training);
    f.encoderPass = StackRunner.forward(network.encoder(), f.sourceDrop.output(), sourceMask, null, layerDropout);
    f.bridged = network.bridge().forward(network.encoder().layerStates(f.encoderPass.finalState()));
    AttentionMemory memory = network.memory(f.encoderPass.output(), sourceMask);

    f.decoderIds = TimeMajorIds.of(b.decoderInputIds(), rows, t);
    INDArray decoderMask = TimeMajorIds.mask(b.decoderMask(), rows, t, type);
    f.targetDrop = drop(network.targetEmbedding().forward(f.decoderIds), training);
    INDArray context = f.bridged.context();
    f.decoderPass = network.config().stepwiseDecoder()
        ? new StepwiseDecoding(network, f.targetDrop.output(), decoderMask, context, f.bridged.decoderInitial(), memory,
            layerDropout)
        : new SequenceDecoding(network, f.targetDrop.output(), decoderMask, context, f.bridged.decoderInitial(), memory,
            layerDropout);
    INDArray features = f.decoderPass.features();
    if (network.deepOutput() != null) {
      f.deepPass = network.deepOutput().forward(features, f.targetDrop.output(), context);
      features = f.deepPass.output();
    }
    f.outputDrop = drop(features, training);
    f.logits = network.output().forward(f.outputDrop.output());
    f.labels = TimeMajorIds.of(b.labelIds(), rows, t);
    f.lossMask = decoderMask.transpose().dup('c');
    return f;
  }

  private void backward(Forward f, INDArray dLogits) {
    INDArray dDropped = network.output().backward(f.outputDrop.output(), dLogits);
    INDArray dFeatures = dropout.backward(dDropped, f.outputDrop);
    DeepOutput.Gradient deep = null;
    if (f.deepPass != null) {
      deep = network.deepOutput().backward(f.deepPass, dFeatures);
      dFeatures = deep.features();
    }
    DecoderPass.Gradient g = f.decoderPass.backward(dFeatures);
    INDArray dEmbedded = g.embedded();
    INDArray dContext = g.context();
    if (deep != null) {
      dEmbedded.addi(deep.embedded());
      dContext.addi(deep.context());
    }
    network.targetEmbedding().backward(f.decoderIds, dropout.backward(dEmbedded, f.targetDrop));

    List<RecurrentState> dInitial = network.decoder().layerStates(g.initialState());
    List<RecurrentState> dEncoderStates = network.bridge().backward(f.bridged, dInitial, dContext);
    INDArray dEncoderOutputs = g.encoderOutputs() != null ? g.encoderOutputs()
        : f.encoderPass.output().ulike().assign(0);
    SequenceGradient dEncoder = StackRunner.backward(network.encoder(), f.encoderPass, dEncoderOutputs,
        StackRunner.concat(dEncoderStates));
    network.sourceEmbedding().backward(f.sourceIds, dropout.backward(dEncoder.input(), f.sourceDrop));
  }

  private Dropout.Applied drop(INDArray x, boolean training) {
    return training ? dropout.train(x, random) : new Dropout.Applied(x, null);
  }
}

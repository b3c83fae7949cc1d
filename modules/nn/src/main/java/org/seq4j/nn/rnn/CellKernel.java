package org.seq4j.nn.rnn;

import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.rng.Random;
import org.nd4j.linalg.factory.Nd4j;
import org.seq4j.nn.param.Parameter;
import org.seq4j.nn.param.ParameterSet;

/**
 * The per-cell arithmetic of one time step, forward and backward, on buffers a {@link CellTrace}
 * holds; {@link UnidirectionalLayer} owns the time loop, the two big projections, masking and the
 * parameter-gradient gemms, which are the same for every cell.
 *
 * <p>Parameters: {@code Wx [in, G*H]}, {@code Wr [H, G*H]}, {@code b [1, G*H]} with G gate blocks,
 * initialised uniformly in {@code ±1/sqrt(H)} as PyTorch does, from an explicit seed.
 */
abstract class CellKernel {
    final CellType type;
    final int inputSize;
    final int hiddenSize;
    final DataType dataType;
    final Parameter inputWeights;
    final Parameter recurrentWeights;
    final Parameter bias;
    final ParameterSet parameters = new ParameterSet();
    /** Seeded generator for initialisation; subclasses draw extra parameters from it. */
    final Random initRandom;

    CellKernel(CellType type, String name, int inputSize, int hiddenSize, DataType dataType, long seed) {
        if (inputSize < 1 || hiddenSize < 1) {
            throw new IllegalArgumentException("sizes must be positive: in=" + inputSize + " hidden=" + hiddenSize);
        }
        this.type = type;
        this.inputSize = inputSize;
        this.hiddenSize = hiddenSize;
        this.dataType = dataType;
        this.initRandom = Nd4j.getRandomFactory().getNewRandomInstance(seed);
        long width = (long) type.gateCount() * hiddenSize;
        this.inputWeights = parameters.add(Parameter.of(name + ".Wx", uniform(inputSize, width)));
        this.recurrentWeights = parameters.add(Parameter.of(name + ".Wr", uniform(hiddenSize, width)));
        this.bias = parameters.add(Parameter.of(name + ".b", uniform(1, width)));
    }

    /** Creates the kernel for {@code type}. */
    static CellKernel create(CellType type, String name, int inputSize, int hiddenSize, DataType dataType, long seed) {
        return switch (type) {
            case LSTM -> new LstmKernel(name, inputSize, hiddenSize, dataType, seed);
            case GRU -> new GruKernel(name, inputSize, hiddenSize, dataType, seed);
            case RNN -> new TanhRnnKernel(name, inputSize, hiddenSize, dataType, seed);
        };
    }

    final INDArray uniform(long rows, long columns) {
        double bound = 1.0 / Math.sqrt(hiddenSize);
        return Nd4j.rand(new long[] {rows, columns}, -bound, bound, initRandom).castTo(dataType);
    }

    abstract CellTrace newTrace(INDArray input, INDArray gates, SequenceMask mask);

    /** Hook before the time loop (GRU seeds its recurrent buffer with the recurrent bias). */
    void beforeLoop(CellTrace trace) {
    }

    /**
     * Step t: reads {@code states[.][previous]} and the projected input of step t, writes
     * {@code states[.][current]} (the layer applies padding afterwards).
     */
    abstract void forwardStep(CellTrace trace, int t, int previous, int current);

    /** Allocates gate gradients and precomputes activation derivatives for all steps at once. */
    abstract void prepareBackward(CellTrace trace);

    /**
     * Step t backward: {@code stateGradient} holds dL/d(state of slot current) per component (already
     * zero in padded rows); fills the gate gradients of step t and leaves dL/d(state of slot previous)
     * in {@code stateGradient}.
     */
    abstract void backwardStep(CellTrace trace, int t, int previous, int current, INDArray[] stateGradient);

    /** Hook after the loop for parameters beyond Wx, Wr, b. */
    void accumulateExtraGradients(CellTrace trace) {
    }
}

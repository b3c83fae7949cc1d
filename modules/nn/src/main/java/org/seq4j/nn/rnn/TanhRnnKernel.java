package org.seq4j.nn.rnn;

import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.ops.impl.transforms.strict.Tanh;
import org.nd4j.linalg.factory.Nd4j;
import org.seq4j.nn.linalg.Gemm;

/** Elman RNN step {@code h' = tanh(x Wx + h Wr + b)}. */
final class TanhRnnKernel extends CellKernel {
    private static final int HIDDEN = 0;

    TanhRnnKernel(String name, int inputSize, int hiddenSize, DataType dataType, long seed) {
        super(CellType.RNN, name, inputSize, hiddenSize, dataType, seed);
    }

    /** Extra buffer: {@code 1 - h²} per step, for backward. */
    static final class Trace extends CellTrace {
        INDArray[] tanhFactorSteps;

        Trace(INDArray input, INDArray gates, SequenceMask mask, int h) {
            super(input, gates, mask, h, 1);
        }
    }

    @Override
    CellTrace newTrace(INDArray input, INDArray gates, SequenceMask mask) {
        return new Trace(input, gates, mask, hiddenSize);
    }

    @Override
    void forwardStep(CellTrace trace, int t, int previous, int current) {
        Gemm.gemm(trace.states[HIDDEN][previous], recurrentWeights.value(), trace.gateSteps[t], false, false, 1.0, 1.0);
        Nd4j.exec(new Tanh(trace.gateSteps[t], trace.states[HIDDEN][current]));
    }

    @Override
    void prepareBackward(CellTrace trace) {
        Trace tr = (Trace) trace;
        tr.allocateSharedGateGradient();
        // Recompute tanh from the kept pre-activations: padded rows of the state slots hold carried states.
        INDArray activations = org.nd4j.linalg.ops.transforms.Transforms.tanh(tr.gates, true);
        INDArray factor = activations.muli(activations).rsubi(1.0);
        tr.tanhFactorSteps = RowBlocks.of(factor, tr.time, tr.batch);
    }

    @Override
    void backwardStep(CellTrace trace, int t, int previous, int current, INDArray[] stateGradient) {
        Trace tr = (Trace) trace;
        INDArray dh = stateGradient[HIDDEN];
        dh.mul(tr.tanhFactorSteps[t], tr.inputGateGradientSteps[t]);
        Gemm.gemm(tr.inputGateGradientSteps[t], recurrentWeights.value(), dh, false, true, 1.0, 0.0);
    }
}

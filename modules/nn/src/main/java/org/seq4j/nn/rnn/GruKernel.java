package org.seq4j.nn.rnn;

import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.seq4j.nn.linalg.Gemm;
import org.nd4j.linalg.ops.transforms.Transforms;
import org.seq4j.nn.param.Parameter;

/**
 * GRU step in the PyTorch formulation (Cho et al. 2014 with the reset gate applied after the
 * recurrent product): {@code r = σ(x W_xr + h W_hr + b_r)}, {@code z = σ(x W_xz + h W_hz + b_z)},
 * {@code n = tanh(x W_xn + b_n + r ⊙ (h W_hn + b_hn))}, {@code h' = (1-z) ⊙ n + z ⊙ h}.
 *
 * <p>Because r multiplies {@code h W_hn + b_hn}, the recurrent product cannot be added onto the
 * input projection as for LSTM: it goes into its own {@code [time*batch, 3H]} buffer, seeded with
 * {@code [0 0 b_hn]} for all steps before the loop so each step is one gemm with beta=1. The r and
 * z input biases absorb PyTorch's redundant recurrent r/z biases, so the parameters are
 * {@code Wx, Wr, b [1,3H]} and {@code bhn [1,H]}.
 */
final class GruKernel extends CellKernel {
    private static final int HIDDEN = 0;
    private final Parameter recurrentCandidateBias;

    GruKernel(String name, int inputSize, int hiddenSize, DataType dataType, long seed) {
        super(CellType.GRU, name, inputSize, hiddenSize, dataType, seed);
        this.recurrentCandidateBias = parameters.add(Parameter.of(name + ".bhn", uniform(1, hiddenSize)));
    }

    /** {@code b_hn [1, H]}, the recurrent candidate bias. */
    Parameter recurrentCandidateBias() {
        return recurrentCandidateBias;
    }

    /** Extra buffers: the recurrent projection, gate views and backward factors. */
    static final class Trace extends CellTrace {
        final INDArray recurrent;
        final INDArray[] recurrentResetUpdate;
        final INDArray[] recurrentCandidate;
        final INDArray[] recurrentSteps;
        final INDArray[] resetUpdate;
        final INDArray[] reset;
        final INDArray[] update;
        final INDArray[] candidate;
        INDArray[] factorReset;
        INDArray[] factorUpdateCandidate;
        INDArray[] dReset;
        INDArray[] dUpdate;
        INDArray[] dCandidate;
        INDArray[] dUpdateCandidate;
        INDArray[] dResetUpdate;
        INDArray[] dRecurrentResetUpdate;
        INDArray[] dRecurrentCandidate;

        Trace(INDArray input, INDArray gates, SequenceMask mask, int h) {
            super(input, gates, mask, h, 1);
            recurrent = Nd4j.zeros(dataType, (long) time * batch, 3L * h);
            recurrentSteps = RowBlocks.of(recurrent, time, batch);
            recurrentResetUpdate = RowBlocks.columns(recurrentSteps, 0, 2L * h);
            recurrentCandidate = RowBlocks.columns(recurrentSteps, 2L * h, 3L * h);
            resetUpdate = RowBlocks.columns(gateSteps, 0, 2L * h);
            reset = RowBlocks.columns(gateSteps, 0, h);
            update = RowBlocks.columns(gateSteps, h, 2L * h);
            candidate = RowBlocks.columns(gateSteps, 2L * h, 3L * h);
        }
    }

    @Override
    CellTrace newTrace(INDArray input, INDArray gates, SequenceMask mask) {
        return new Trace(input, gates, mask, hiddenSize);
    }

    @Override
    void beforeLoop(CellTrace trace) {
        Trace tr = (Trace) trace;
        RowBlocks.columns(tr.recurrent, 2L * hiddenSize, 3L * hiddenSize).addiRowVector(recurrentCandidateBias.value());
    }

    @Override
    void forwardStep(CellTrace trace, int t, int previous, int current) {
        Trace tr = (Trace) trace;
        INDArray hPrev = tr.states[HIDDEN][previous];
        INDArray h = tr.states[HIDDEN][current];
        INDArray n = tr.candidate[t];
        Gemm.gemm(hPrev, recurrentWeights.value(), tr.recurrentSteps[t], false, false, 1.0, 1.0);
        tr.resetUpdate[t].addi(tr.recurrentResetUpdate[t]);
        Transforms.sigmoid(tr.resetUpdate[t], false);
        tr.reset[t].mul(tr.recurrentCandidate[t], tr.scratch);
        n.addi(tr.scratch);
        Transforms.tanh(n, false);
        hPrev.sub(n, h);
        h.muli(tr.update[t]);
        h.addi(n);
    }

    @Override
    void prepareBackward(CellTrace trace) {
        Trace tr = (Trace) trace;
        int h = hiddenSize;
        tr.inputGateGradient = Nd4j.zeros(tr.dataType, tr.gates.size(0), tr.gates.size(1));
        tr.inputGateGradientSteps = RowBlocks.of(tr.inputGateGradient, tr.time, tr.batch);
        tr.recurrentGateGradient = Nd4j.zeros(tr.dataType, tr.gates.size(0), tr.gates.size(1));
        tr.recurrentGateGradientSteps = RowBlocks.of(tr.recurrentGateGradient, tr.time, tr.batch);
        INDArray factor = tr.gates.rsub(1.0).muli(tr.gates);
        INDArray candidates = RowBlocks.columns(tr.gates, 2L * h, 3L * h);
        RowBlocks.columns(factor, 2L * h, 3L * h).assign(candidates.mul(candidates).rsubi(1.0));
        INDArray[] factorSteps = RowBlocks.of(factor, tr.time, tr.batch);
        tr.factorReset = RowBlocks.columns(factorSteps, 0, h);
        tr.factorUpdateCandidate = RowBlocks.columns(factorSteps, h, 3L * h);
        INDArray[] d = tr.inputGateGradientSteps;
        tr.dReset = RowBlocks.columns(d, 0, h);
        tr.dUpdate = RowBlocks.columns(d, h, 2L * h);
        tr.dCandidate = RowBlocks.columns(d, 2L * h, 3L * h);
        tr.dUpdateCandidate = RowBlocks.columns(d, h, 3L * h);
        tr.dResetUpdate = RowBlocks.columns(d, 0, 2L * h);
        tr.dRecurrentResetUpdate = RowBlocks.columns(tr.recurrentGateGradientSteps, 0, 2L * h);
        tr.dRecurrentCandidate = RowBlocks.columns(tr.recurrentGateGradientSteps, 2L * h, 3L * h);
    }

    @Override
    void backwardStep(CellTrace trace, int t, int previous, int current, INDArray[] stateGradient) {
        Trace tr = (Trace) trace;
        INDArray dh = stateGradient[HIDDEN];
        tr.states[HIDDEN][previous].sub(tr.candidate[t], tr.scratch);
        dh.mul(tr.scratch, tr.dUpdate[t]);
        tr.update[t].rsub(1.0, tr.scratch);
        dh.mul(tr.scratch, tr.dCandidate[t]);
        tr.dUpdateCandidate[t].muli(tr.factorUpdateCandidate[t]);
        tr.dCandidate[t].mul(tr.recurrentCandidate[t], tr.dReset[t]);
        tr.dReset[t].muli(tr.factorReset[t]);
        tr.dRecurrentResetUpdate[t].assign(tr.dResetUpdate[t]);
        tr.dCandidate[t].mul(tr.reset[t], tr.dRecurrentCandidate[t]);
        dh.muli(tr.update[t]);
        Gemm.gemm(tr.recurrentGateGradientSteps[t], recurrentWeights.value(), dh, false, true, 1.0, 1.0);
    }

    @Override
    void accumulateExtraGradients(CellTrace trace) {
        Trace tr = (Trace) trace;
        INDArray dCandidateRecurrent = RowBlocks.columns(tr.recurrentGateGradient, 2L * hiddenSize, 3L * hiddenSize);
        recurrentCandidateBias.gradient().addi(dCandidateRecurrent.sum(0).reshape(1, hiddenSize));
    }
}

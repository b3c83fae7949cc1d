package org.seq4j.nn.rnn;

import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Buffers of one recurrent pass, allocated once per forward call. States are stored in
 * {@code time+1} slots of {@code batch} rows ({@code [(time+1)*batch, hidden]} per component): the
 * forward direction keeps the initial state in slot 0 and the state after step t in slot t+1; the
 * reverse direction keeps the initial state in slot {@code time} and the state after step t in slot
 * t. Either way the previous states of all steps are one contiguous block, in time order, so the
 * recurrent weight gradient is a single gemm. Cells subclass this for their extra buffers and views.
 */
class CellTrace {
    final int time;
    final int batch;
    final int hidden;
    final DataType dataType;
    final SequenceMask mask;
    /** Input as {@code [time*batch, in]}; never written. */
    final INDArray input;
    /** {@code [time*batch, gates*hidden]}: input projection plus bias, then gate activations. */
    final INDArray gates;
    final INDArray[] gateSteps;
    /** Per state component, {@code [(time+1)*batch, hidden]}. */
    final INDArray[] stateBuffers;
    /** Per component and slot, {@code [batch, hidden]} views. */
    final INDArray[][] states;
    /** {@code [batch, hidden]} scratch for elementwise temporaries. */
    final INDArray scratch;

    /** Gradient w.r.t. the gate pre-activations of the input projection, filled by backward. */
    INDArray inputGateGradient;
    INDArray[] inputGateGradientSteps;
    /** Gradient w.r.t. the recurrent projection {@code h W_r}; the same array except for GRU. */
    INDArray recurrentGateGradient;
    INDArray[] recurrentGateGradientSteps;

    CellTrace(INDArray input, INDArray gates, SequenceMask mask, int hidden, int stateComponents) {
        this.time = mask.time();
        this.batch = mask.batch();
        this.hidden = hidden;
        this.dataType = gates.dataType();
        this.mask = mask;
        this.input = input;
        this.gates = gates;
        this.gateSteps = RowBlocks.of(gates, time, batch);
        this.stateBuffers = new INDArray[stateComponents];
        this.states = new INDArray[stateComponents][];
        for (int c = 0; c < stateComponents; c++) {
            stateBuffers[c] = Nd4j.zeros(dataType, (long) (time + 1) * batch, hidden);
            states[c] = RowBlocks.of(stateBuffers[c], time + 1, batch);
        }
        this.scratch = Nd4j.createUninitialized(dataType, batch, hidden);
    }

    /** Allocates the gate-gradient buffer shared by the input and recurrent projections. */
    void allocateSharedGateGradient() {
        inputGateGradient = Nd4j.zeros(dataType, gates.size(0), gates.size(1));
        inputGateGradientSteps = RowBlocks.of(inputGateGradient, time, batch);
        recurrentGateGradient = inputGateGradient;
        recurrentGateGradientSteps = inputGateGradientSteps;
    }
}

package org.seq4j.nn.rnn;

import java.util.Arrays;
import java.util.Objects;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.seq4j.nn.linalg.Gemm;
import org.seq4j.nn.linalg.OffHeapFloats;
import org.seq4j.nn.param.ParameterSet;

/**
 * One recurrent layer walking each sequence forward or reversed (within its own length).
 *
 * <p>Cost structure, the reason for this shape: the input projection of all steps is one gemm
 * {@code [time*batch, in] x [in, G*H]}; a step is only the recurrent gemm
 * {@code h_{t-1} W_r} added (beta=1) onto its contiguous row block plus a few elementwise calls;
 * backward gathers every step's gate gradient in one {@code [time*batch, G*H]} buffer so that
 * {@code dW_x = X^T dG}, {@code dW_r = H_prev^T dG} and {@code dX = dG W_x^T} are one gemm each
 * after the loop, leaving only {@code dh_{t-1} = dG_t W_r^T} per step. Steps where no sequence is
 * padded skip all masking work. Buffers are allocated once per pass.
 *
 * <p>{@link #step} is the incremental API for decoders: it runs this layer's sequence code on one
 * step, so it reproduces {@link #forward} exactly and shares its parameters.
 */
public final class UnidirectionalLayer implements RecurrentLayer {
    private final CellKernel kernel;
    private final Direction direction;
    /** The FLOAT host loops ({@link FloatRecurrence}), or null when the layer runs on ND4J ops (DOUBLE). */
    private final FloatRecurrence floatLoop;

    /**
     * @param name   parameter name prefix, e.g. {@code encoder.l0.fwd}
     * @param seed   seed for parameter initialisation
     */
    public UnidirectionalLayer(String name, CellType cellType, int inputSize, int hiddenSize, Direction direction,
            DataType dataType, long seed) {
        this.kernel = CellKernel.create(cellType, name, inputSize, hiddenSize, dataType, seed);
        this.direction = Objects.requireNonNull(direction, "direction");
        this.floatLoop = FloatRecurrence.supports(kernel) ? new FloatRecurrence(kernel, direction) : null;
    }

    /** The FLOAT host loops, or null when this layer runs on ND4J ops. */
    FloatRecurrence floatLoop() {
        return floatLoop;
    }

    @Override
    public CellType cellType() {
        return kernel.type;
    }

    public Direction direction() {
        return direction;
    }

    @Override
    public int inputSize() {
        return kernel.inputSize;
    }

    @Override
    public int outputSize() {
        return kernel.hiddenSize;
    }

    @Override
    public int stateSize() {
        return kernel.hiddenSize;
    }

    @Override
    public ParameterSet parameters() {
        return kernel.parameters;
    }

    public DataType dataType() {
        return kernel.dataType;
    }

    /**
     * One decoding step: {@code input [batch, inputSize]} and a state (null for zeros) give the next
     * state, whose hidden array is also the step's output. Inference only; forward layers only.
     */
    public RecurrentState step(INDArray input, RecurrentState state) {
        if (direction != Direction.FORWARD) {
            throw new IllegalStateException("step() needs a forward-direction layer");
        }
        if (input.rank() != 2) {
            throw new IllegalArgumentException("step input must be [batch, inputSize], got " + Arrays.toString(input.shape()));
        }
        INDArray sequence = input.reshape('c', 1, input.size(0), input.size(1));
        if (floatLoop == null) {
            return forward(sequence, null, state, false).finalState();
        }
        // The same loop as forward(), minus the output sequence nobody reads.
        checkInput(sequence);
        int batch = (int) input.size(0);
        if (state != null) {
            checkState(state, batch, "state");
        }
        SequenceMask noPadding = SequenceMask.of(null, 1, batch, DataType.FLOAT);
        return floatLoop.finalState(floatLoop.forward(sequence, noPadding, state, false, null, 0, 0));
    }

    /**
     * Fixes input columns {@code [from, from + fixed.size(1))} for a decoding run: {@code fixed [rows,
     * k]} is this layer's input there at every step, so its share of the input projection (with the
     * bias) is computed now, once, and {@link #step(INDArray, FixedInput, RecurrentState)} takes only
     * the other columns. Inference only; forward layers only.
     */
    public FixedInput fixInput(INDArray fixed, int from) {
        if (direction != Direction.FORWARD) {
            throw new IllegalStateException("fixInput() needs a forward-direction layer");
        }
        if (fixed.rank() != 2 || from < 0 || from + fixed.size(1) > kernel.inputSize || fixed.size(1) < 1) {
            throw new IllegalArgumentException("fixed columns must be [rows, k>=1] within the " + kernel.inputSize
                    + " input columns, got " + Arrays.toString(fixed.shape()) + " from column " + from);
        }
        if (fixed.dataType() != kernel.dataType) {
            throw new IllegalArgumentException("fixed input is " + fixed.dataType() + " but the layer is " + kernel.dataType);
        }
        int gateWidth = kernel.type.gateCount() * kernel.hiddenSize;
        float[] projection = floatLoop == null ? null : floatLoop.fixedProjection(fixed, from);
        return new FixedInput(this, from, fixed, projection, gateWidth);
    }

    /**
     * {@link #step(INDArray, RecurrentState)} with the input columns of {@code fixed} (made by this
     * layer's {@link #fixInput}) inserted into {@code varying [batch, inputSize - k]} at their place.
     * The same state as the full-input step, up to float rounding of the split projection.
     */
    public RecurrentState step(INDArray varying, FixedInput fixed, RecurrentState state) {
        fixed.check(this, varying.size(0));
        int k = fixed.to() - fixed.from();
        if (varying.rank() != 2 || varying.size(1) != kernel.inputSize - k) {
            throw new IllegalArgumentException("varying input must be [batch, " + (kernel.inputSize - k) + "], got "
                    + Arrays.toString(varying.shape()));
        }
        if (floatLoop == null || varying.dataType() != DataType.FLOAT) {
            return step(fixed.wholeInput(varying), state);
        }
        if (state != null) {
            checkState(state, (int) varying.size(0), "state");
        }
        return floatLoop.finalState(floatLoop.step(varying, fixed, state));
    }

    @Override
    public RecurrentPass forward(INDArray input, INDArray mask, RecurrentState initial, boolean training) {
        checkInput(input);
        int time = (int) input.size(0);
        int batch = (int) input.size(1);
        int h = kernel.hiddenSize;
        if (initial != null) {
            checkState(initial, batch, "initial state");
        }
        SequenceMask sequenceMask = SequenceMask.of(mask, time, batch, kernel.dataType);
        if (floatLoop != null) {
            float[] output = new float[time * batch * h];
            FloatTrace trace = floatLoop.forward(input, sequenceMask, initial, training, output, h, 0);
            return new RecurrentPass(OffHeapFloats.toArray(output, time, batch, h), floatLoop.finalState(trace),
                    training ? trace : null);
        }
        INDArray x = input.reshape('c', (long) time * batch, kernel.inputSize);
        INDArray gates = Nd4j.createUninitialized(kernel.dataType, (long) time * batch, (long) kernel.type.gateCount() * h);
        Gemm.gemm(x, kernel.inputWeights.value(), gates, false, false, 1.0, 0.0);
        gates.addiRowVector(kernel.bias.value());
        CellTrace trace = kernel.newTrace(x, gates, sequenceMask);
        int components = kernel.type.stateComponents();
        if (initial != null) {
            for (int c = 0; c < components; c++) {
                trace.states[c][initialSlot(time)].assign(initial.component(c));
            }
        }
        kernel.beforeLoop(trace);
        for (int s = 0; s < time; s++) {
            int t = timeOfStep(s, time);
            int previous = previousSlot(t);
            int current = currentSlot(t);
            kernel.forwardStep(trace, t, previous, current);
            if (sequenceMask.paddedAt(t)) {
                for (int c = 0; c < components; c++) {
                    INDArray state = trace.states[c][current];
                    INDArray before = trace.states[c][previous];
                    state.subi(before).muliColumnVector(sequenceMask.keep(t)).addi(before);
                }
            }
        }
        INDArray outputBlock = RowBlocks.range(trace.stateBuffers[0], outputFirstSlot(), time, batch);
        INDArray output = sequenceMask.anyPadding() ? outputBlock.mulColumnVector(sequenceMask.flat()) : outputBlock.dup('c');
        INDArray[] last = new INDArray[components];
        for (int c = 0; c < components; c++) {
            last[c] = trace.states[c][finalSlot(time)].dup('c');
        }
        return new RecurrentPass(output.reshape('c', time, batch, h), RecurrentState.ofComponents(last),
                training ? trace : null);
    }

    @Override
    public SequenceGradient backward(RecurrentPass pass, INDArray outputGradient, RecurrentState finalStateGradient) {
        if (pass.trace(Object.class) instanceof FloatTrace floatTrace) {
            return backwardFloat(floatTrace, outputGradient, finalStateGradient);
        }
        CellTrace trace = pass.trace(CellTrace.class);
        int time = trace.time;
        int batch = trace.batch;
        int h = kernel.hiddenSize;
        SequenceMask sequenceMask = trace.mask;
        checkOutputGradient(outputGradient, time, batch, h);
        // A column slice (bidirectional) is strided; copy it once so every step block is a contiguous view.
        INDArray dOutput = (outputGradient.isView() ? outputGradient.dup('c') : outputGradient).reshape('c', (long) time * batch, h);
        if (sequenceMask.anyPadding()) {
            dOutput = dOutput.mulColumnVector(sequenceMask.flat());
        }
        INDArray[] dOutputSteps = RowBlocks.of(dOutput, time, batch);
        kernel.prepareBackward(trace);
        int components = kernel.type.stateComponents();
        if (finalStateGradient != null) {
            checkState(finalStateGradient, batch, "final state gradient");
        }
        INDArray[] dState = new INDArray[components];
        INDArray[] carried = new INDArray[components];
        for (int c = 0; c < components; c++) {
            dState[c] = finalStateGradient == null ? Nd4j.zeros(kernel.dataType, batch, h)
                    : finalStateGradient.component(c).dup('c');
            carried[c] = Nd4j.createUninitialized(kernel.dataType, batch, h);
        }
        for (int s = time - 1; s >= 0; s--) {
            int t = timeOfStep(s, time);
            dState[0].addi(dOutputSteps[t]);
            boolean padded = sequenceMask.paddedAt(t);
            if (padded) {
                for (int c = 0; c < components; c++) {
                    carried[c].assign(dState[c]).muliColumnVector(sequenceMask.carry(t));
                    dState[c].muliColumnVector(sequenceMask.keep(t));
                }
            }
            kernel.backwardStep(trace, t, previousSlot(t), currentSlot(t), dState);
            if (padded) {
                for (int c = 0; c < components; c++) {
                    dState[c].addi(carried[c]);
                }
            }
        }
        accumulateParameterGradients(trace);
        INDArray dInput = Gemm.gemm(trace.inputGateGradient, kernel.inputWeights.value(), false, true);
        return new SequenceGradient(dInput.reshape('c', time, batch, kernel.inputSize), RecurrentState.ofComponents(dState));
    }

    private SequenceGradient backwardFloat(FloatTrace trace, INDArray outputGradient, RecurrentState finalStateGradient) {
        checkOutputGradient(outputGradient, trace.time, trace.batch, kernel.hiddenSize);
        if (finalStateGradient != null) {
            checkState(finalStateGradient, trace.batch, "final state gradient");
        }
        INDArray dInput = Nd4j.createUninitialized(DataType.FLOAT, (long) trace.time * trace.batch, kernel.inputSize);
        FloatGradientBuffers g = floatLoop.backward(trace, OffHeapFloats.toHeap(outputGradient), kernel.hiddenSize, 0,
                finalStateGradient);
        floatLoop.addInputGradient(g, dInput, false);
        RecurrentState dInitial = floatLoop.initialStateGradient(trace, g);
        FloatRecurrence.release(trace, g);
        return new SequenceGradient(dInput.reshape('c', trace.time, trace.batch, kernel.inputSize), dInitial);
    }

    static void checkOutputGradient(INDArray outputGradient, int time, int batch, int width) {
        if (!Arrays.equals(outputGradient.shape(), new long[] {time, batch, width})) {
            throw new IllegalArgumentException("output gradient must be [" + time + ", " + batch + ", " + width
                    + "], got " + Arrays.toString(outputGradient.shape()));
        }
    }

    /** Checks {@code input} is {@code [time>=1, batch, inputSize]} of this layer's data type. */
    void checkInput(INDArray input) {
        if (input.rank() != 3 || input.size(2) != kernel.inputSize || input.size(0) < 1) {
            throw new IllegalArgumentException("input must be [time>=1, batch, " + kernel.inputSize + "], got "
                    + Arrays.toString(input.shape()));
        }
        if (input.dataType() != kernel.dataType) {
            throw new IllegalArgumentException("input is " + input.dataType() + " but the layer is " + kernel.dataType);
        }
    }

    private void accumulateParameterGradients(CellTrace trace) {
        Gemm.gemm(trace.input, trace.inputGateGradient, kernel.inputWeights.gradient(), true, false, 1.0, 1.0);
        INDArray previousStates = RowBlocks.range(trace.stateBuffers[0], previousFirstSlot(), trace.time, trace.batch);
        Gemm.gemm(previousStates, trace.recurrentGateGradient, kernel.recurrentWeights.gradient(), true, false, 1.0, 1.0);
        Gemm.addColumnSums(trace.inputGateGradient, kernel.bias.gradient());
        kernel.accumulateExtraGradients(trace);
    }

    void checkState(RecurrentState state, int batch, String what) {
        int components = kernel.type.stateComponents();
        if (state.components() != components) {
            throw new IllegalArgumentException(what + " needs " + components + " component(s) for " + kernel.type);
        }
        for (int c = 0; c < components; c++) {
            long[] shape = state.component(c).shape();
            if (!Arrays.equals(shape, new long[] {batch, kernel.hiddenSize})) {
                throw new IllegalArgumentException(what + " must be [" + batch + ", " + kernel.hiddenSize + "], got "
                        + Arrays.toString(shape));
            }
        }
    }

    private int timeOfStep(int step, int time) {
        return SlotOrder.timeOfStep(direction, step, time);
    }

    private int previousSlot(int t) {
        return SlotOrder.previousSlot(direction, t);
    }

    private int currentSlot(int t) {
        return SlotOrder.currentSlot(direction, t);
    }

    private int initialSlot(int time) {
        return SlotOrder.initialSlot(direction, time);
    }

    private int finalSlot(int time) {
        return SlotOrder.finalSlot(direction, time);
    }

    private int outputFirstSlot() {
        return SlotOrder.outputFirstSlot(direction);
    }

    private int previousFirstSlot() {
        return SlotOrder.previousFirstSlot(direction);
    }
}

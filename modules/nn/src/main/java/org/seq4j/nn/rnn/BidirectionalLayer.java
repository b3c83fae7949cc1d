package org.seq4j.nn.rnn;

import java.util.List;
import java.util.SplittableRandom;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;
import org.seq4j.nn.linalg.OffHeapFloats;
import org.seq4j.nn.param.ParameterSet;

/**
 * A forward and a reverse {@link UnidirectionalLayer} over the same input; outputs and states are
 * the forward direction's features followed by the reverse direction's ({@code 2H} wide). The final
 * state pairs the forward state after each sequence's last real step with the reverse state after
 * its first step, i.e. both directions' summaries of the whole sequence.
 */
public final class BidirectionalLayer implements RecurrentLayer {
    private final UnidirectionalLayer forward;
    private final UnidirectionalLayer reverse;
    private final ParameterSet parameters = new ParameterSet();

    /** Parameters are named {@code name.fwd.*} and {@code name.rev.*}. */
    public BidirectionalLayer(String name, CellType cellType, int inputSize, int hiddenSize, DataType dataType, long seed) {
        SplittableRandom seeds = new SplittableRandom(seed);
        this.forward = new UnidirectionalLayer(name + ".fwd", cellType, inputSize, hiddenSize, Direction.FORWARD,
                dataType, seeds.nextLong());
        this.reverse = new UnidirectionalLayer(name + ".rev", cellType, inputSize, hiddenSize, Direction.REVERSE,
                dataType, seeds.nextLong());
        parameters.addAll(forward.parameters());
        parameters.addAll(reverse.parameters());
    }

    private record Trace(RecurrentPass forward, RecurrentPass reverse) {
    }

    /** A training pass of the FLOAT host loops: both directions' traces. */
    private record FloatTraces(FloatTrace forward, FloatTrace reverse) {
    }

    public UnidirectionalLayer forwardLayer() {
        return forward;
    }

    public UnidirectionalLayer reverseLayer() {
        return reverse;
    }

    @Override
    public CellType cellType() {
        return forward.cellType();
    }

    @Override
    public int inputSize() {
        return forward.inputSize();
    }

    @Override
    public int outputSize() {
        return 2 * forward.outputSize();
    }

    @Override
    public int stateSize() {
        return 2 * forward.stateSize();
    }

    @Override
    public ParameterSet parameters() {
        return parameters;
    }

    @Override
    public RecurrentPass forward(INDArray input, INDArray mask, RecurrentState initial, boolean training) {
        int h = forward.stateSize();
        if (forward.floatLoop() != null && reverse.floatLoop() != null) {
            return forwardFloat(input, mask, initial, training);
        }
        RecurrentPass f = forward.forward(input, mask, initial == null ? null : initial.columns(0, h), training);
        RecurrentPass r = reverse.forward(input, mask, initial == null ? null : initial.columns(h, h), training);
        INDArray output = Nd4j.concat(2, f.output(), r.output());
        RecurrentState last = RecurrentState.concat(List.of(f.finalState(), r.finalState()));
        return new RecurrentPass(output, last, training ? new Trace(f, r) : null);
    }

    /**
     * Both directions write their outputs into one Java array, each into its half of every row, so
     * the concatenated output is one copy to native memory; backward reads both halves of the output
     * gradient from one Java copy and sums the input gradients in the second direction's gemm.
     */
    private RecurrentPass forwardFloat(INDArray input, INDArray mask, RecurrentState initial, boolean training) {
        forward.checkInput(input);
        int time = (int) input.size(0);
        int batch = (int) input.size(1);
        int h = forward.stateSize();
        if (initial != null) {
            checkState(initial, batch, "initial state");
        }
        SequenceMask sequenceMask = SequenceMask.of(mask, time, batch, DataType.FLOAT);
        float[] output = new float[time * batch * 2 * h];
        RecurrentState initialForward = initial == null ? null : initial.columns(0, h);
        RecurrentState initialReverse = initial == null ? null : initial.columns(h, h);
        DirectionPair.Results<FloatTrace, FloatTrace> traces = DirectionPair.run(
                () -> forward.floatLoop().forward(input, sequenceMask, initialForward, training, output, 2 * h, 0),
                () -> reverse.floatLoop().forward(input, sequenceMask, initialReverse, training, output, 2 * h, h));
        FloatTrace f = traces.first();
        FloatTrace r = traces.second();
        RecurrentState last = RecurrentState.concat(List.of(forward.floatLoop().finalState(f),
                reverse.floatLoop().finalState(r)));
        return new RecurrentPass(OffHeapFloats.toArray(output, time, batch, 2L * h), last,
                training ? new FloatTraces(f, r) : null);
    }

    private SequenceGradient backwardFloat(FloatTraces traces, INDArray outputGradient, RecurrentState finalStateGradient) {
        FloatTrace f = traces.forward();
        int h = forward.stateSize();
        UnidirectionalLayer.checkOutputGradient(outputGradient, f.time, f.batch, 2 * h);
        if (finalStateGradient != null) {
            checkState(finalStateGradient, f.batch, "final state gradient");
        }
        float[] dOutput = OffHeapFloats.toHeap(outputGradient);
        INDArray dInput = Nd4j.createUninitialized(DataType.FLOAT, (long) f.time * f.batch, inputSize());
        RecurrentState finalForward = finalStateGradient == null ? null : finalStateGradient.columns(0, h);
        RecurrentState finalReverse = finalStateGradient == null ? null : finalStateGradient.columns(h, h);
        DirectionPair.Results<FloatGradientBuffers, FloatGradientBuffers> g = DirectionPair.run(
                () -> forward.floatLoop().backward(f, dOutput, 2 * h, 0, finalForward),
                () -> reverse.floatLoop().backward(traces.reverse(), dOutput, 2 * h, h, finalReverse));
        forward.floatLoop().addInputGradient(g.first(), dInput, false);
        reverse.floatLoop().addInputGradient(g.second(), dInput, true);
        RecurrentState dInitial = RecurrentState.concat(List.of(forward.floatLoop().initialStateGradient(f, g.first()),
                reverse.floatLoop().initialStateGradient(traces.reverse(), g.second())));
        FloatRecurrence.release(f, g.first());
        FloatRecurrence.release(traces.reverse(), g.second());
        return new SequenceGradient(dInput.reshape('c', f.time, f.batch, inputSize()), dInitial);
    }

    private void checkState(RecurrentState state, int batch, String what) {
        int size = stateSize();
        if (state.components() != cellType().stateComponents()) {
            throw new IllegalArgumentException(what + " needs " + cellType().stateComponents() + " component(s) for "
                    + cellType());
        }
        for (int c = 0; c < state.components(); c++) {
            if (state.component(c).rank() != 2 || state.component(c).size(0) != batch
                    || state.component(c).size(1) != size) {
                throw new IllegalArgumentException(what + " must be [" + batch + ", " + size + "], got "
                        + java.util.Arrays.toString(state.component(c).shape()));
            }
        }
    }

    @Override
    public SequenceGradient backward(RecurrentPass pass, INDArray outputGradient, RecurrentState finalStateGradient) {
        if (pass.trace(Object.class) instanceof FloatTraces traces) {
            return backwardFloat(traces, outputGradient, finalStateGradient);
        }
        Trace trace = pass.trace(Trace.class);
        int h = forward.outputSize();
        INDArray dForward = outputGradient.get(NDArrayIndex.all(), NDArrayIndex.all(), NDArrayIndex.interval(0, h));
        INDArray dReverse = outputGradient.get(NDArrayIndex.all(), NDArrayIndex.all(), NDArrayIndex.interval(h, 2L * h));
        SequenceGradient f = forward.backward(trace.forward(), dForward,
                finalStateGradient == null ? null : finalStateGradient.columns(0, h));
        SequenceGradient r = reverse.backward(trace.reverse(), dReverse,
                finalStateGradient == null ? null : finalStateGradient.columns(h, h));
        INDArray dInput = f.input().addi(r.input());
        return new SequenceGradient(dInput, RecurrentState.concat(List.of(f.initialState(), r.initialState())));
    }
}

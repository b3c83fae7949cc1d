package org.seq4j.nn.rnn;

import java.util.List;
import java.util.SplittableRandom;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;
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
        RecurrentPass f = forward.forward(input, mask, initial == null ? null : initial.columns(0, h), training);
        RecurrentPass r = reverse.forward(input, mask, initial == null ? null : initial.columns(h, h), training);
        INDArray output = Nd4j.concat(2, f.output(), r.output());
        RecurrentState last = RecurrentState.concat(List.of(f.finalState(), r.finalState()));
        return new RecurrentPass(output, last, training ? new Trace(f, r) : null);
    }

    @Override
    public SequenceGradient backward(RecurrentPass pass, INDArray outputGradient, RecurrentState finalStateGradient) {
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

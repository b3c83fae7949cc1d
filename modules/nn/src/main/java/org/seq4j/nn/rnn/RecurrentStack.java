package org.seq4j.nn.rnn;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.seq4j.nn.linalg.NativeMemory;
import org.seq4j.nn.param.ParameterSet;

/**
 * Recurrent layers applied in sequence with inverted dropout on the outputs between layers (not
 * after the last one; identity at inference). Its state is the layers' states concatenated along
 * the feature axis in layer order, so a stack is used like a single layer; {@link #layerStates}
 * splits it again.
 */
public final class RecurrentStack implements RecurrentLayer {
    private final List<RecurrentLayer> layers;
    private final InvertedDropout dropout;
    private final ParameterSet parameters = new ParameterSet();

    /** A stack of the given layers; each layer's input size must match the previous output size. */
    public RecurrentStack(List<RecurrentLayer> layers, double dropoutProbability, long dropoutSeed) {
        if (layers.isEmpty()) {
            throw new IllegalArgumentException("a stack needs at least one layer");
        }
        for (int l = 1; l < layers.size(); l++) {
            if (layers.get(l).inputSize() != layers.get(l - 1).outputSize()) {
                throw new IllegalArgumentException("layer " + l + " takes " + layers.get(l).inputSize()
                        + " features but layer " + (l - 1) + " outputs " + layers.get(l - 1).outputSize());
            }
        }
        this.layers = List.copyOf(layers);
        this.dropout = new InvertedDropout(dropoutProbability, dropoutSeed);
        layers.forEach(layer -> parameters.addAll(layer.parameters()));
    }

    /** {@code numLayers} bidirectional layers named {@code name.l0}, {@code name.l1}, ... */
    public static RecurrentStack bidirectional(String name, CellType cellType, int inputSize, int hiddenSize,
            int numLayers, double dropoutProbability, DataType dataType, long seed) {
        SplittableRandom seeds = new SplittableRandom(seed);
        List<RecurrentLayer> layers = new ArrayList<>();
        for (int l = 0; l < numLayers; l++) {
            int in = l == 0 ? inputSize : 2 * hiddenSize;
            layers.add(new BidirectionalLayer(name + ".l" + l, cellType, in, hiddenSize, dataType, seeds.nextLong()));
        }
        return new RecurrentStack(layers, dropoutProbability, seeds.nextLong());
    }

    /** {@code numLayers} forward layers (a decoder), usable with {@link #step}. */
    public static RecurrentStack unidirectional(String name, CellType cellType, int inputSize, int hiddenSize,
            int numLayers, double dropoutProbability, DataType dataType, long seed) {
        SplittableRandom seeds = new SplittableRandom(seed);
        List<RecurrentLayer> layers = new ArrayList<>();
        for (int l = 0; l < numLayers; l++) {
            int in = l == 0 ? inputSize : hiddenSize;
            layers.add(new UnidirectionalLayer(name + ".l" + l, cellType, in, hiddenSize, Direction.FORWARD, dataType,
                    seeds.nextLong()));
        }
        return new RecurrentStack(layers, dropoutProbability, seeds.nextLong());
    }

    private record Trace(List<RecurrentPass> passes, List<INDArray> dropoutMasks) {
    }

    public List<RecurrentLayer> layers() {
        return layers;
    }

    @Override
    public CellType cellType() {
        return layers.get(0).cellType();
    }

    @Override
    public int inputSize() {
        return layers.get(0).inputSize();
    }

    @Override
    public int outputSize() {
        return layers.get(layers.size() - 1).outputSize();
    }

    @Override
    public int stateSize() {
        return layers.stream().mapToInt(RecurrentLayer::stateSize).sum();
    }

    @Override
    public ParameterSet parameters() {
        return parameters;
    }

    /**
     * Splits a stack state into the per-layer states: new arrays, except for a one-layer stack,
     * whose only layer state is {@code state} itself (no copy; states are never written into).
     */
    public List<RecurrentState> layerStates(RecurrentState state) {
        if (layers.size() == 1) {
            return List.of(state);
        }
        List<RecurrentState> parts = new ArrayList<>();
        long offset = 0;
        for (RecurrentLayer layer : layers) {
            parts.add(state.columns(offset, layer.stateSize()));
            offset += layer.stateSize();
        }
        return parts;
    }

    @Override
    public RecurrentPass forward(INDArray input, INDArray mask, RecurrentState initial, boolean training) {
        List<RecurrentState> initials = initial == null ? null : layerStates(initial);
        List<RecurrentPass> passes = new ArrayList<>();
        List<INDArray> masks = new ArrayList<>();
        List<RecurrentState> finals = new ArrayList<>();
        INDArray x = input;
        for (int l = 0; l < layers.size(); l++) {
            RecurrentPass pass = layers.get(l).forward(x, mask, initials == null ? null : initials.get(l), training);
            passes.add(pass);
            finals.add(pass.finalState());
            x = pass.output();
            if (training && dropout.active() && l < layers.size() - 1) {
                INDArray dropMask = dropout.sampleMask(x);
                masks.add(dropMask);
                x = x.mul(dropMask);
            }
        }
        return new RecurrentPass(x, RecurrentState.concat(finals), training ? new Trace(passes, masks) : null);
    }

    @Override
    public SequenceGradient backward(RecurrentPass pass, INDArray outputGradient, RecurrentState finalStateGradient) {
        Trace trace = pass.trace(Trace.class);
        List<RecurrentState> finalGradients = finalStateGradient == null ? null : layerStates(finalStateGradient);
        RecurrentState[] initialGradients = new RecurrentState[layers.size()];
        INDArray d = outputGradient;
        for (int l = layers.size() - 1; l >= 0; l--) {
            INDArray layerGradient = d;
            if (l < layers.size() - 1 && !trace.dropoutMasks().isEmpty()) {
                layerGradient = d.mul(trace.dropoutMasks().get(l));
                releaseInternal(d, outputGradient);
            }
            SequenceGradient g = layers.get(l).backward(trace.passes().get(l), layerGradient,
                    finalGradients == null ? null : finalGradients.get(l));
            initialGradients[l] = g.initialState();
            releaseInternal(layerGradient, outputGradient);
            if (l > 0) {
                // Layer l-1's output was only this layer's input: nothing reads it after this backward.
                NativeMemory.release(trace.passes().get(l - 1).output());
            }
            d = g.input();
        }
        return new SequenceGradient(d, RecurrentState.concat(List.of(initialGradients)));
    }

    /** Frees a gradient this stack made itself (never the caller's). */
    private static void releaseInternal(INDArray gradient, INDArray callers) {
        if (gradient != callers) {
            NativeMemory.release(gradient);
        }
    }

    /**
     * One decoding step through a stack of forward {@link UnidirectionalLayer}s: {@code input [batch,
     * in]} and the stack state (null for zeros) give the next stack state; the top layer's hidden
     * part is the step output. Inference only (no dropout).
     */
    public RecurrentState step(INDArray input, RecurrentState state) {
        return step(input, null, state);
    }

    /**
     * Fixes input columns {@code [from, from + fixed.size(1))} of the first layer for a decoding run
     * (see {@link FixedInput}): {@code fixed [rows, k]} is its input there at every step.
     */
    public FixedInput fixInput(INDArray fixed, int from) {
        return stepLayer(0).fixInput(fixed, from);
    }

    /**
     * {@link #step(INDArray, RecurrentState)} with the first layer's fixed columns (from
     * {@link #fixInput}) left out of {@code varying}; null {@code fixed} means a whole input.
     */
    public RecurrentState step(INDArray varying, FixedInput fixed, RecurrentState state) {
        List<RecurrentState> states = state == null ? null : layerStates(state);
        List<RecurrentState> next = new ArrayList<>();
        INDArray x = varying;
        for (int l = 0; l < layers.size(); l++) {
            UnidirectionalLayer layer = stepLayer(l);
            RecurrentState previous = states == null ? null : states.get(l);
            RecurrentState s = l == 0 && fixed != null ? layer.step(x, fixed, previous) : layer.step(x, previous);
            next.add(s);
            x = s.hidden();
        }
        return RecurrentState.concat(next);
    }

    private UnidirectionalLayer stepLayer(int l) {
        if (!(layers.get(l) instanceof UnidirectionalLayer layer)) {
            throw new IllegalStateException("step() needs forward unidirectional layers; layer " + l + " is "
                    + layers.get(l).getClass().getSimpleName());
        }
        return layer;
    }
}

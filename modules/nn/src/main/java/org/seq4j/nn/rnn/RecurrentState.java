package org.seq4j.nn.rnn;

import java.util.Objects;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * The state of a recurrent layer: hidden {@code [batch, size]} and, for LSTM, cell
 * {@code [batch, size]} (null otherwise). For a bidirectional layer each array is the forward
 * direction's state followed by the reverse direction's along the feature axis; for a stack, the
 * layers' states in order. Layers copy states they are given and never write into them.
 *
 * @param hidden hidden state, never null
 * @param cell   LSTM cell state, or null for GRU and RNN
 */
public record RecurrentState(INDArray hidden, INDArray cell) {
    public RecurrentState {
        Objects.requireNonNull(hidden, "hidden");
        if (cell != null && !java.util.Arrays.equals(hidden.shape(), cell.shape())) {
            throw new IllegalArgumentException("hidden and cell shapes differ");
        }
    }

    /** State of a cell without a cell component (GRU, RNN). */
    public static RecurrentState ofHidden(INDArray hidden) {
        return new RecurrentState(hidden, null);
    }

    /** An all-zero state of the given shape for {@code type}. */
    public static RecurrentState zeros(CellType type, org.nd4j.linalg.api.buffer.DataType dataType, long batch, long size) {
        INDArray h = Nd4j.zeros(dataType, batch, size);
        return new RecurrentState(h, type == CellType.LSTM ? Nd4j.zeros(dataType, batch, size) : null);
    }

    /** Number of arrays: 2 with a cell component, else 1. */
    public int components() {
        return cell == null ? 1 : 2;
    }

    /** Component {@code index}: 0 hidden, 1 cell. */
    public INDArray component(int index) {
        return index == 0 ? hidden : cell;
    }

    /** A state built from components in {@link #component} order. */
    static RecurrentState ofComponents(INDArray[] components) {
        return new RecurrentState(components[0], components.length > 1 ? components[1] : null);
    }

    /** Feature columns {@code [from, from+width)} of every component, as fresh arrays. */
    RecurrentState columns(long from, long width) {
        INDArray[] parts = new INDArray[components()];
        for (int c = 0; c < parts.length; c++) {
            parts[c] = component(c).get(org.nd4j.linalg.indexing.NDArrayIndex.all(),
                    org.nd4j.linalg.indexing.NDArrayIndex.interval(from, from + width)).dup('c');
        }
        return ofComponents(parts);
    }

    /** Concatenates states along the feature axis, component by component. */
    static RecurrentState concat(java.util.List<RecurrentState> states) {
        int components = states.get(0).components();
        INDArray[] parts = new INDArray[components];
        for (int c = 0; c < components; c++) {
            INDArray[] pieces = new INDArray[states.size()];
            for (int i = 0; i < pieces.length; i++) {
                pieces[i] = states.get(i).component(c);
            }
            parts[c] = pieces.length == 1 ? pieces[0] : Nd4j.concat(1, pieces);
        }
        return ofComponents(parts);
    }
}

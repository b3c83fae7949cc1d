package org.seq4j.nn.rnn;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.seq4j.nn.param.ParameterSet;

/**
 * A recurrent layer over whole sequences, time-major (see the package documentation for layouts
 * and the padding rules). Implementations are not thread-safe for concurrent backward passes
 * (they accumulate into shared gradient buffers) and never modify their arguments.
 */
public interface RecurrentLayer {

    CellType cellType();

    int inputSize();

    /** Features per output step. */
    int outputSize();

    /** Features per state component. */
    int stateSize();

    ParameterSet parameters();

    /**
     * Runs the layer over {@code input [time, batch, inputSize]}.
     *
     * @param mask     {@code [batch, time]} 1/0, left-aligned; null when every step is real
     * @param initial  initial state, or null for zeros
     * @param training true to keep what {@link #backward} needs (and enable dropout where present)
     */
    RecurrentPass forward(INDArray input, INDArray mask, RecurrentState initial, boolean training);

    /**
     * Back-propagates through a training pass, adding parameter gradients into {@link #parameters()}.
     * A pass can be back-propagated once (FLOAT layers free its buffers; a second call fails).
     *
     * @param outputGradient     gradient w.r.t. {@link RecurrentPass#output()}; values at padded steps are ignored
     * @param finalStateGradient gradient w.r.t. {@link RecurrentPass#finalState()}, or null for none
     */
    SequenceGradient backward(RecurrentPass pass, INDArray outputGradient, RecurrentState finalStateGradient);
}

package org.seq4j.nn.rnn;

import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * The result of a recurrent forward pass: outputs of every step, the final state, and (for training
 * passes) what the backward pass needs. Keeping that here rather than in the layer means a layer
 * has no hidden per-call state: it can run several passes (e.g. on different batches) before their
 * backward passes, and inference passes hold on to no buffers.
 */
public final class RecurrentPass {
    private final INDArray output;
    private final RecurrentState finalState;
    private final Object trace;

    RecurrentPass(INDArray output, RecurrentState finalState, Object trace) {
        this.output = output;
        this.finalState = finalState;
        this.trace = trace;
    }

    /** Outputs {@code [time, batch, outputSize]}, zero at padded steps. */
    public INDArray output() {
        return output;
    }

    /** State after each sequence's last real step, {@code [batch, stateSize]} per component. */
    public RecurrentState finalState() {
        return finalState;
    }

    /** True when this pass was run for training and can be back-propagated. */
    public boolean trainable() {
        return trace != null;
    }

    <T> T trace(Class<T> type) {
        if (trace == null) {
            throw new IllegalStateException("backward needs a forward pass run with training=true");
        }
        return type.cast(trace);
    }
}

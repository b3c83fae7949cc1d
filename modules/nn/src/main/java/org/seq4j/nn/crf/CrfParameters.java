package org.seq4j.nn.crf;

import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Parameters of a linear-chain CRF over {@code K} tags.
 *
 * <p>A tag path {@code y_0 .. y_{L-1}} scores
 * {@code start[y_0] + sum_t emissions[y_t, t] + sum_{t>=1} transitions[y_{t-1}, y_t] + end[y_{L-1}]}.
 * {@link LinearChainCrf} only reads these arrays; the caller (an updater) owns and changes them.
 *
 * @param transitions [K, K]; {@code transitions[i, j]} scores tag {@code i} followed by tag {@code j}
 * @param start       [K]; score of starting a sequence with each tag
 * @param end         [K]; score of ending a sequence with each tag
 */
public record CrfParameters(INDArray transitions, INDArray start, INDArray end) {

    public CrfParameters {
        if (transitions == null || start == null || end == null) {
            throw new IllegalArgumentException("transitions, start and end must not be null");
        }
        if (transitions.rank() != 2 || transitions.size(0) != transitions.size(1)) {
            throw new IllegalArgumentException("transitions must be [numTags, numTags], got " + shape(transitions));
        }
        long numTags = transitions.size(0);
        if (start.length() != numTags || end.length() != numTags) {
            throw new IllegalArgumentException("start and end must have " + numTags + " entries, got "
                    + shape(start) + " and " + shape(end));
        }
    }

    /** All-zero parameters: every tag path has the same transition score. */
    public static CrfParameters zeros(int numTags, DataType dataType) {
        return new CrfParameters(Nd4j.zeros(dataType, numTags, numTags), Nd4j.zeros(dataType, numTags),
                Nd4j.zeros(dataType, numTags));
    }

    /** Number of tags {@code K}. */
    public int numTags() {
        return (int) transitions.size(0);
    }

    private static String shape(INDArray array) {
        return java.util.Arrays.toString(array.shape());
    }
}

package org.seq4j.nn.rnn;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.indexing.NDArrayIndex;

/**
 * Views used in the time loops, created once per pass so the loops themselves create no views:
 * row blocks of a time-major {@code [blocks*rows, features]} matrix (block k is step k, a contiguous
 * slice) and column ranges of those blocks (gate blocks, strided).
 */
final class RowBlocks {
    private RowBlocks() {
    }

    /** Views of rows {@code [k*rows, (k+1)*rows)} for k = 0..blocks-1. */
    static INDArray[] of(INDArray matrix, int blocks, int rows) {
        INDArray[] views = new INDArray[blocks];
        for (int k = 0; k < blocks; k++) {
            views[k] = matrix.get(NDArrayIndex.interval((long) k * rows, (long) (k + 1) * rows), NDArrayIndex.all());
        }
        return views;
    }

    /** Views of columns {@code [from, to)} of each block. */
    static INDArray[] columns(INDArray[] blocks, long from, long to) {
        INDArray[] views = new INDArray[blocks.length];
        for (int k = 0; k < blocks.length; k++) {
            views[k] = blocks[k].get(NDArrayIndex.all(), NDArrayIndex.interval(from, to));
        }
        return views;
    }

    /** A view of rows {@code [fromBlock*rows, (fromBlock+count)*rows)}. */
    static INDArray range(INDArray matrix, int fromBlock, int count, int rows) {
        return matrix.get(NDArrayIndex.interval((long) fromBlock * rows, (long) (fromBlock + count) * rows), NDArrayIndex.all());
    }

    /** A view of columns {@code [from, to)} of a matrix. */
    static INDArray columns(INDArray matrix, long from, long to) {
        return matrix.get(NDArrayIndex.all(), NDArrayIndex.interval(from, to));
    }
}

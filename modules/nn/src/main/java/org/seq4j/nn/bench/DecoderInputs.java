package org.seq4j.nn.bench;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.seq4j.nn.linalg.OffHeapFloats;

/**
 * The seq2seq peer's decoder input {@code cat([embedded, context], -1)} and its gradient split,
 * assembled in Java memory with one native copy each way. ND4J's {@code concat} along the last
 * axis (strided copies after a materialised broadcast) measured ~20 ms of CPU at the default
 * shapes, more than the decoder's input gemm; row copies cost about a millisecond.
 */
final class DecoderInputs {
    private DecoderInputs() {
    }

    /** {@code [time, batch, emb]} and {@code [batch, ctx]} (FLOAT) to {@code [time, batch, emb+ctx]}, context repeated per step. */
    static INDArray withContext(INDArray embedded, INDArray context) {
        int time = (int) embedded.size(0);
        int batch = (int) embedded.size(1);
        int emb = (int) embedded.size(2);
        int ctx = (int) context.size(1);
        float[] e = OffHeapFloats.toHeap(embedded);
        float[] c = OffHeapFloats.toHeap(context);
        int width = emb + ctx;
        float[] out = new float[time * batch * width];
        for (int t = 0; t < time; t++) {
            for (int b = 0; b < batch; b++) {
                int row = t * batch + b;
                System.arraycopy(e, row * emb, out, row * width, emb);
                System.arraycopy(c, b * ctx, out, row * width + emb, ctx);
            }
        }
        return OffHeapFloats.toArray(out, time, batch, width);
    }

    /** The gradient parts of {@link #withContext}: the embedding part and the context part summed over time. */
    record Split(INDArray embedded, INDArray context) {
    }

    static Split split(INDArray gradient, int emb) {
        int time = (int) gradient.size(0);
        int batch = (int) gradient.size(1);
        int width = (int) gradient.size(2);
        int ctx = width - emb;
        float[] g = OffHeapFloats.toHeap(gradient);
        float[] e = new float[time * batch * emb];
        double[] sums = new double[batch * ctx];
        for (int t = 0; t < time; t++) {
            for (int b = 0; b < batch; b++) {
                int row = t * batch + b;
                System.arraycopy(g, row * width, e, row * emb, emb);
                for (int j = 0; j < ctx; j++) {
                    sums[b * ctx + j] += g[row * width + emb + j];
                }
            }
        }
        float[] c = new float[batch * ctx];
        for (int i = 0; i < c.length; i++) {
            c[i] = (float) sums[i];
        }
        return new Split(OffHeapFloats.toArray(e, time, batch, emb), OffHeapFloats.toArray(c, batch, ctx));
    }
}

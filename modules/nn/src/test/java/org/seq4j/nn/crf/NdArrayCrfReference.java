package org.seq4j.nn.crf;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;
import org.nd4j.linalg.ops.transforms.Transforms;

/**
 * The same CRF math as {@link LinearChainCrf}, written with batched ND4J ops per time step
 * ({@code [batch, K, K]} broadcasts and log-sum-exp reductions) instead of Java loops. Kept as an
 * independent oracle for agreement tests and as the "ND4J ops" side of {@code CrfBenchmark}: it was
 * measured slower, because every step is many tiny ops each paying ND4J's per-op overhead.
 * Masking: padded steps carry alpha forward unchanged and reset beta to the end scores.
 */
final class NdArrayCrfReference {

    record Result(double negativeLogLikelihood, INDArray emissions, INDArray transitions, INDArray start, INDArray end) {
    }

    private NdArrayCrfReference() {
    }

    /** NLL and gradients; {@code mask} and {@code oneHotGold} ([batch, K, time]) in the emissions' type. */
    static Result lossAndGradient(CrfParameters p, INDArray emissions, INDArray mask, INDArray oneHotGold) {
        long batch = emissions.size(0);
        long k = emissions.size(1);
        int time = (int) emissions.size(2);
        INDArray transitions = p.transitions().castTo(emissions.dataType());
        INDArray start = p.start().castTo(emissions.dataType()).reshape(1, k);
        INDArray end = p.end().castTo(emissions.dataType()).reshape(1, k);
        INDArray transitions3 = transitions.reshape(1, k, k);

        INDArray[] e = new INDArray[time];
        INDArray[] m = new INDArray[time + 1];
        for (int t = 0; t < time; t++) {
            e[t] = emissions.get(NDArrayIndex.all(), NDArrayIndex.all(), NDArrayIndex.point(t));
            m[t] = mask.get(NDArrayIndex.all(), NDArrayIndex.point(t)).reshape(batch, 1);
        }
        m[time] = Nd4j.zeros(emissions.dataType(), batch, 1);

        INDArray[] alpha = new INDArray[time];
        alpha[0] = e[0].add(start);
        for (int t = 1; t < time; t++) {
            INDArray scores = alpha[t - 1].reshape(batch, k, 1).add(transitions3);
            INDArray next = logSumExp(scores, 1).addi(e[t]);
            alpha[t] = next.mul(m[t]).addi(alpha[t - 1].mul(m[t].rsub(1)));
        }
        INDArray nonEmpty = m[0];
        INDArray logZ = logSumExp(alpha[time - 1].add(end), 1).reshape(batch, 1).muli(nonEmpty);

        INDArray[] beta = new INDArray[time];
        INDArray endRows = end.broadcast(batch, k);
        beta[time - 1] = endRows.dup();
        for (int t = time - 2; t >= 0; t--) {
            INDArray scores = transitions3.add(e[t + 1].add(beta[t + 1]).reshape(batch, 1, k));
            INDArray next = logSumExp(scores, 2);
            beta[t] = next.mul(m[t + 1]).addi(endRows.mul(m[t + 1].rsub(1)));
        }

        INDArray gradEmissions = Nd4j.zeros(emissions.dataType(), batch, k, time);
        INDArray gradTransitions = Nd4j.zeros(emissions.dataType(), k, k);
        INDArray gradStart = Nd4j.zeros(emissions.dataType(), 1, k);
        INDArray gradEnd = Nd4j.zeros(emissions.dataType(), 1, k);
        double goldScore = 0;
        for (int t = 0; t < time; t++) {
            INDArray gold = oneHotGold.get(NDArrayIndex.all(), NDArrayIndex.all(), NDArrayIndex.point(t)).mul(m[t]);
            INDArray marginal = Transforms.exp(alpha[t].add(beta[t]).subi(logZ)).muli(m[t]);
            gradEmissions.get(NDArrayIndex.all(), NDArrayIndex.all(), NDArrayIndex.point(t)).assign(marginal.sub(gold));
            INDArray isLast = m[t].mul(m[t + 1].rsub(1));
            gradEnd.addi(marginal.mul(isLast).sum(true, 0)).subi(gold.mul(isLast).sum(true, 0));
            goldScore += e[t].mul(gold).sumNumber().doubleValue() + end.mul(gold.mul(isLast)).sumNumber().doubleValue();
            if (t == 0) {
                gradStart.addi(marginal.sum(true, 0)).subi(gold.sum(true, 0));
                goldScore += start.mul(gold).sumNumber().doubleValue();
            } else {
                INDArray pairwise = Transforms.exp(alpha[t - 1].reshape(batch, k, 1).add(transitions3)
                        .addi(e[t].add(beta[t]).reshape(batch, 1, k)).subi(logZ.reshape(batch, 1, 1)))
                        .muli(m[t].reshape(batch, 1, 1));
                INDArray previousGold = oneHotGold.get(NDArrayIndex.all(), NDArrayIndex.all(), NDArrayIndex.point(t - 1));
                INDArray goldPairs = previousGold.transpose().mmul(gold);
                gradTransitions.addi(pairwise.sum(0)).subi(goldPairs);
                goldScore += transitions.mul(goldPairs).sumNumber().doubleValue();
            }
        }
        double scale = 1.0 / batch;
        double nll = (logZ.sumNumber().doubleValue() - goldScore) * scale;
        return new Result(nll, gradEmissions.muli(scale), gradTransitions.muli(scale), gradStart.muli(scale).reshape(k),
                gradEnd.muli(scale).reshape(k));
    }

    /** Viterbi forward pass with ND4J ops: final scores [batch, K] and per-step back pointers [batch, K]. */
    record ViterbiTables(INDArray finalScores, INDArray[] backPointers) {
    }

    /** The per-step max/argmax of Viterbi with ND4J ops (backtracking would be Java either way). */
    static ViterbiTables viterbiTables(CrfParameters p, INDArray emissions, INDArray mask) {
        long batch = emissions.size(0);
        long k = emissions.size(1);
        int time = (int) emissions.size(2);
        INDArray transitions3 = p.transitions().castTo(emissions.dataType()).reshape(1, k, k);
        INDArray delta = emissions.get(NDArrayIndex.all(), NDArrayIndex.all(), NDArrayIndex.point(0))
                .add(p.start().castTo(emissions.dataType()).reshape(1, k));
        INDArray[] backPointers = new INDArray[time];
        for (int t = 1; t < time; t++) {
            INDArray scores = delta.reshape(batch, k, 1).add(transitions3);
            backPointers[t] = scores.argMax(1);
            INDArray next = scores.max(1).addi(emissions.get(NDArrayIndex.all(), NDArrayIndex.all(), NDArrayIndex.point(t)));
            INDArray m = mask.get(NDArrayIndex.all(), NDArrayIndex.point(t)).reshape(batch, 1);
            delta = next.mul(m).addi(delta.mul(m.rsub(1)));
        }
        return new ViterbiTables(delta.addi(p.end().castTo(emissions.dataType()).reshape(1, k)), backPointers);
    }

    private static INDArray logSumExp(INDArray scores, int dimension) {
        INDArray max = scores.max(true, dimension);
        INDArray logSum = Transforms.log(Transforms.exp(scores.sub(max)).sum(dimension));
        return logSum.addi(max.reshape(logSum.shape()));
    }

    /** One-hot [batch, K, time] of gold tags [batch, time]. */
    static INDArray oneHot(int[][] gold, int numTags, org.nd4j.linalg.api.buffer.DataType type) {
        int batch = gold.length;
        int time = gold[0].length;
        double[] flat = new double[batch * numTags * time];
        for (int b = 0; b < batch; b++) {
            for (int t = 0; t < time; t++) {
                flat[(b * numTags + gold[b][t]) * time + t] = 1;
            }
        }
        return Nd4j.create(flat, new long[] {batch, numTags, time}, type);
    }
}

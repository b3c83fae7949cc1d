package org.seq4j.nn.crf;

/** Test oracle: scores every tag path of one short sequence by enumeration. */
final class BruteForceCrf {

    private final double[][] transitions;
    private final double[] start;
    private final double[] end;
    private final int numTags;

    BruteForceCrf(double[][] transitions, double[] start, double[] end) {
        this.transitions = transitions;
        this.start = start;
        this.end = end;
        this.numTags = start.length;
    }

    /** Score of {@code path} given emissions {@code e[t][k]}. */
    double score(double[][] e, int[] path) {
        double score = start[path[0]] + e[0][path[0]];
        for (int t = 1; t < path.length; t++) {
            score += transitions[path[t - 1]][path[t]] + e[t][path[t]];
        }
        return score + end[path[path.length - 1]];
    }

    /** log Z by summing exp(score) over all K^L paths (shifted by the best score). */
    double logPartition(double[][] e) {
        int length = e.length;
        double best = Double.NEGATIVE_INFINITY;
        for (int[] path : allPaths(length)) {
            best = Math.max(best, score(e, path));
        }
        double sum = 0;
        for (int[] path : allPaths(length)) {
            sum += Math.exp(score(e, path) - best);
        }
        return best + Math.log(sum);
    }

    /** Highest-scoring path, optionally only among paths the constraints allow. */
    int[] bestPath(double[][] e, TransitionConstraints constraints) {
        int[] best = null;
        double bestScore = Double.NEGATIVE_INFINITY;
        for (int[] path : allPaths(e.length)) {
            if (constraints != null && !allowed(path, constraints)) {
                continue;
            }
            double score = score(e, path);
            if (score > bestScore) {
                bestScore = score;
                best = path;
            }
        }
        return best;
    }

    private static boolean allowed(int[] path, TransitionConstraints constraints) {
        if (!constraints.isAllowedStart(path[0]) || !constraints.isAllowedEnd(path[path.length - 1])) {
            return false;
        }
        for (int t = 1; t < path.length; t++) {
            if (!constraints.isAllowed(path[t - 1], path[t])) {
                return false;
            }
        }
        return true;
    }

    private java.util.List<int[]> allPaths(int length) {
        int count = (int) Math.pow(numTags, length);
        java.util.List<int[]> paths = new java.util.ArrayList<>(count);
        for (int code = 0; code < count; code++) {
            int[] path = new int[length];
            int rest = code;
            for (int t = 0; t < length; t++) {
                path[t] = rest % numTags;
                rest /= numTags;
            }
            paths.add(path);
        }
        return paths;
    }
}

package org.seq4j.nn.crf;

import java.util.Arrays;
import java.util.List;

/**
 * Which tag transitions Viterbi decoding may use, e.g. IOB2 forbids {@code I-X} at the start and after
 * anything but {@code B-X} or {@code I-X}. Constraints only restrict decoding; training still spreads
 * probability over all paths and learns to make forbidden ones unlikely. Immutable.
 */
public final class TransitionConstraints {

    private static final String INSIDE_PREFIX = "I-";
    private static final String BEGIN_PREFIX = "B-";

    private final int numTags;
    private final boolean[] allowed;
    private final boolean[] allowedStart;
    private final boolean[] allowedEnd;

    private TransitionConstraints(int numTags, boolean[] allowed, boolean[] allowedStart, boolean[] allowedEnd) {
        this.numTags = numTags;
        this.allowed = allowed;
        this.allowedStart = allowedStart;
        this.allowedEnd = allowedEnd;
    }

    /** No constraints: every transition, start and end is allowed. */
    public static TransitionConstraints none(int numTags) {
        boolean[] all = new boolean[numTags * numTags];
        boolean[] starts = new boolean[numTags];
        boolean[] ends = new boolean[numTags];
        Arrays.fill(all, true);
        Arrays.fill(starts, true);
        Arrays.fill(ends, true);
        return new TransitionConstraints(numTags, all, starts, ends);
    }

    /**
     * Explicit constraints (arrays are copied).
     *
     * @param allowed      {@code allowed[i][j]}: tag {@code j} may follow tag {@code i}
     * @param allowedStart tags a sequence may start with
     * @param allowedEnd   tags a sequence may end with
     */
    public static TransitionConstraints of(boolean[][] allowed, boolean[] allowedStart, boolean[] allowedEnd) {
        int numTags = allowed.length;
        if (allowedStart.length != numTags || allowedEnd.length != numTags) {
            throw new IllegalArgumentException("allowedStart and allowedEnd must have " + numTags + " entries");
        }
        boolean[] flat = new boolean[numTags * numTags];
        for (int i = 0; i < numTags; i++) {
            if (allowed[i].length != numTags) {
                throw new IllegalArgumentException("allowed must be " + numTags + " x " + numTags);
            }
            System.arraycopy(allowed[i], 0, flat, i * numTags, numTags);
        }
        return new TransitionConstraints(numTags, flat, allowedStart.clone(), allowedEnd.clone());
    }

    /**
     * IOB2 constraints for tags named {@code O}, {@code B-TYPE}, {@code I-TYPE} (index = position in the
     * list): {@code I-TYPE} may not start a sequence and may only follow {@code B-TYPE} or {@code I-TYPE}.
     * Tags outside the scheme (e.g. padding) are unconstrained.
     */
    public static TransitionConstraints iob2(List<String> tags) {
        int numTags = tags.size();
        boolean[][] allowed = new boolean[numTags][numTags];
        boolean[] starts = new boolean[numTags];
        boolean[] ends = new boolean[numTags];
        Arrays.fill(ends, true);
        for (int j = 0; j < numTags; j++) {
            String to = tags.get(j);
            boolean inside = to.startsWith(INSIDE_PREFIX);
            String type = inside ? to.substring(INSIDE_PREFIX.length()) : null;
            starts[j] = !inside;
            for (int i = 0; i < numTags; i++) {
                String from = tags.get(i);
                allowed[i][j] = !inside || from.equals(BEGIN_PREFIX + type) || from.equals(INSIDE_PREFIX + type);
            }
        }
        return of(allowed, starts, ends);
    }

    public int numTags() {
        return numTags;
    }

    /** Whether tag {@code to} may follow tag {@code from}. */
    public boolean isAllowed(int from, int to) {
        return allowed[from * numTags + to];
    }

    public boolean isAllowedStart(int tag) {
        return allowedStart[tag];
    }

    public boolean isAllowedEnd(int tag) {
        return allowedEnd[tag];
    }
}

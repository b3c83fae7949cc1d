package org.seq4j.nn.rnn;

/**
 * Per-thread Java scratch arrays for inference passes, the heap counterpart of
 * {@link NativeScratch}: a decoder's one-step passes would otherwise allocate (and zero) a few MB
 * of step temporaries per output token. Only arrays that every step overwrites before reading
 * (gate values, cell scratch, a step's rows) come from here, never states or outputs, and a thread
 * runs one pass's time loop at a time.
 */
final class HeapScratch {
    static final int GATES = 0;
    static final int WORK = 1;
    static final int ROWS = 2;
    private static final int ROLES = 3;
    private static final ThreadLocal<float[][][]> CURRENT = ThreadLocal.withInitial(() -> new float[ROLES][][]);

    private HeapScratch() {
    }

    /** {@code count} arrays of {@code length} for {@code role}: this thread's, reused when the sizes match. */
    static float[][] take(int role, int count, int length) {
        float[][][] scratch = CURRENT.get();
        float[][] arrays = scratch[role];
        if (arrays == null || arrays.length != count || (count > 0 && arrays[0].length != length)) {
            arrays = new float[count][length];
            scratch[role] = arrays;
        }
        return arrays;
    }
}

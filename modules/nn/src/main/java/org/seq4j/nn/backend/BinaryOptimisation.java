package org.seq4j.nn.backend;

/**
 * CPU instruction-set level of the libnd4j binary, as libnd4j's {@code binaryLevel()} and
 * {@code optimalLevel()} report it: the level the loaded binary was compiled for, and the best
 * level this CPU supports. When they differ, a different {@code nd4j-native} classifier
 * ({@code linux-x86_64-avx2}, {@code -avx512}) may run faster.
 */
public enum BinaryOptimisation {
    /** Level code not recognised. */
    UNKNOWN,
    /** Plain x86-64 build (classifier {@code linux-x86_64}). */
    GENERIC_X86_64,
    /** AVX2 build (classifier {@code linux-x86_64-avx2}). */
    AVX2,
    /** AVX-512 build (classifier {@code linux-x86_64-avx512}). */
    AVX512;

    private static final int LEVEL_GENERIC = 1;
    private static final int LEVEL_AVX2 = 2;
    private static final int LEVEL_AVX512 = 3;

    /** Maps libnd4j's numeric level code to a name. */
    public static BinaryOptimisation fromLevel(int level) {
        return switch (level) {
            case LEVEL_GENERIC -> GENERIC_X86_64;
            case LEVEL_AVX2 -> AVX2;
            case LEVEL_AVX512 -> AVX512;
            default -> UNKNOWN;
        };
    }
}

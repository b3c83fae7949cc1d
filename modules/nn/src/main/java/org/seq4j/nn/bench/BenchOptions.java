package org.seq4j.nn.bench;

/**
 * The shapes and repetitions of one throughput benchmark, named and defaulted exactly like the
 * flags of {@code ../shared/bench/torch_reference.py}, so both peers can be run with the same
 * command-line arguments and compared line by line.
 *
 * @param vocab   vocabulary size (source and target for seq2seq)
 * @param emb     embedding size
 * @param hidden  hidden size per direction of the bidirectional LSTM
 * @param layers  bidirectional LSTM layers (the seq2seq encoder's; its decoder has one layer)
 * @param tags    tag classes (tagger only)
 * @param batch   sentences per step
 * @param len     tokens per sentence (fixed length, no padding)
 * @param warmup  untimed training steps before measuring
 * @param steps   timed training steps; the median is reported
 * @param seed    seed for parameters and synthetic token ids
 */
public record BenchOptions(int vocab, int emb, int hidden, int layers, int tags, int batch, int len, int warmup,
        int steps, long seed) {

    /**
     * Ids below this are reserved for special tokens (the peer draws words from {@code [4, vocab)});
     * id {@value #BEGIN_ID} starts greedy decoding.
     */
    public static final int FIRST_WORD_ID = 4;
    /** The begin-of-sentence id the peer's greedy decoder starts from. */
    public static final int BEGIN_ID = 1;

    public static final int DEFAULT_VOCAB = 8000;
    public static final int DEFAULT_EMB = 256;
    public static final int DEFAULT_HIDDEN = 256;
    public static final int DEFAULT_LAYERS = 2;
    public static final int DEFAULT_TAGS = 18;
    public static final int DEFAULT_BATCH = 64;
    public static final int DEFAULT_LEN = 20;
    public static final int DEFAULT_WARMUP = 3;
    public static final int DEFAULT_STEPS = 10;
    public static final long DEFAULT_SEED = 1;
    /** Untimed decoding runs before the timed ones (the peer's {@code timed(..., 1, ...)}). */
    public static final int DECODE_WARMUP = 1;
    private static final int MIN_DECODE_REPETITIONS = 3;
    private static final int DECODE_REPETITION_DIVISOR = 2;

    public BenchOptions {
        if (vocab < FIRST_WORD_ID + 1 || emb < 1 || hidden < 1 || layers < 1 || tags < 1 || batch < 1 || len < 1
                || warmup < 0 || steps < 1) {
            throw new IllegalArgumentException("benchmark sizes must be positive (vocab > " + FIRST_WORD_ID
                    + ", warmup >= 0): vocab=" + vocab + " emb=" + emb + " hidden=" + hidden + " layers=" + layers
                    + " tags=" + tags + " batch=" + batch + " len=" + len + " warmup=" + warmup + " steps=" + steps);
        }
    }

    /** Timed decoding runs: {@code max(3, steps / 2)}, as the peer times its greedy loop. */
    public int decodeRepetitions() {
        return Math.max(MIN_DECODE_REPETITIONS, steps / DECODE_REPETITION_DIVISOR);
    }

    /** The peer's defaults. */
    public static BenchOptions defaults() {
        return new BenchOptions(DEFAULT_VOCAB, DEFAULT_EMB, DEFAULT_HIDDEN, DEFAULT_LAYERS, DEFAULT_TAGS,
                DEFAULT_BATCH, DEFAULT_LEN, DEFAULT_WARMUP, DEFAULT_STEPS, DEFAULT_SEED);
    }
}

package org.seq4j.nn.rnn;

/** Which way a unidirectional layer walks each sequence. */
public enum Direction {
    /** First step to last real step. */
    FORWARD,
    /** Last real step to first: each sequence reversed within its own length. */
    REVERSE
}

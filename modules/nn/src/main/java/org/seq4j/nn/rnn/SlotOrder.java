package org.seq4j.nn.rnn;

/**
 * Where a direction keeps its states (see {@link CellTrace}): the forward direction walks t = 0..T-1
 * from slot t to slot t+1, the reverse direction walks t = T-1..0 from slot t+1 to slot t, so the
 * previous states of all steps are one contiguous block of slots in time order either way.
 */
final class SlotOrder {
    private SlotOrder() {
    }

    static int timeOfStep(Direction direction, int step, int time) {
        return direction == Direction.FORWARD ? step : time - 1 - step;
    }

    static int previousSlot(Direction direction, int t) {
        return direction == Direction.FORWARD ? t : t + 1;
    }

    static int currentSlot(Direction direction, int t) {
        return direction == Direction.FORWARD ? t + 1 : t;
    }

    static int initialSlot(Direction direction, int time) {
        return direction == Direction.FORWARD ? 0 : time;
    }

    static int finalSlot(Direction direction, int time) {
        return direction == Direction.FORWARD ? time : 0;
    }

    /** First slot of the block holding every step's output state. */
    static int outputFirstSlot(Direction direction) {
        return direction == Direction.FORWARD ? 1 : 0;
    }

    /** First slot of the block holding every step's previous state. */
    static int previousFirstSlot(Direction direction) {
        return direction == Direction.FORWARD ? 0 : 1;
    }
}

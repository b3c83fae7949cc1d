package org.seq4j.nn.rnn;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The recurrent cells seq4j provides, with the short names recipes use ({@code cell: lstm}). */
public enum CellType {
    /** Long short-term memory, gates i, f, g, o (PyTorch order); state is hidden plus cell. */
    LSTM("lstm", 4, 2),
    /** Gated recurrent unit (Cho et al. 2014, PyTorch form): gates r, z, n; state is hidden. */
    GRU("gru", 3, 1),
    /** Elman RNN with tanh; state is hidden. */
    RNN("rnn", 1, 1);

    private final String shortName;
    private final int gateCount;
    private final int stateComponents;

    CellType(String shortName, int gateCount, int stateComponents) {
        this.shortName = shortName;
        this.gateCount = gateCount;
        this.stateComponents = stateComponents;
    }

    public String shortName() {
        return shortName;
    }

    /** Number of H-wide blocks in the input projection (4 for LSTM, 3 for GRU, 1 for RNN). */
    public int gateCount() {
        return gateCount;
    }

    /** Arrays in the recurrent state: 2 for LSTM (hidden, cell), 1 otherwise. */
    public int stateComponents() {
        return stateComponents;
    }

    /** Parses a recipe short name, case-insensitively. */
    public static CellType fromShortName(String name) {
        for (CellType type : values()) {
            if (type.shortName.equalsIgnoreCase(name.trim())) {
                return type;
            }
        }
        throw new IllegalArgumentException("Invalid cell '" + name + "': expected "
                + Arrays.stream(values()).map(CellType::shortName).collect(Collectors.joining("|")));
    }

    @Override
    public String toString() {
        return shortName.toUpperCase(Locale.ROOT);
    }
}

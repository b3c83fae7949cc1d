package org.seq4j.nn.rnn;

import org.bytedeco.javacpp.FloatPointer;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.seq4j.nn.linalg.OffHeapFloats;

/**
 * Native FLOAT buffers that inference passes reuse, one set per thread, instead of allocating
 * their step buffers per pass: a decoder calls a one-step pass per output token, and a native
 * allocation (with its first-touch page faults) measured about a tenth of such a step's CPU time.
 * Only buffers that never leave a pass are taken from here (never outputs or states), and a
 * thread runs one inference pass at a time, so a role's buffer has one user at a time. Training
 * passes keep their buffers until backward and allocate their own.
 *
 * <p>A buffer grows to the largest size asked of it and stays allocated for the thread's life.
 */
final class NativeScratch {
    /** Roles: each is one buffer per thread. */
    static final int PROJECTED = 0;
    static final int HIDDEN = 1;
    static final int RECURRENT = 2;
    private static final int ROLES = 3;
    private static final ThreadLocal<NativeScratch> CURRENT = ThreadLocal.withInitial(NativeScratch::new);

    private final INDArray[] buffers = new INDArray[ROLES];
    private final FloatPointer[] pointers = new FloatPointer[ROLES];

    private NativeScratch() {
    }

    /**
     * A native buffer of at least {@code length} floats for {@code role} on this thread; its
     * content is undefined. The returned holder keeps the memory alive.
     */
    static Buffer take(int role, long length) {
        NativeScratch scratch = CURRENT.get();
        INDArray buffer = scratch.buffers[role];
        if (buffer == null || buffer.length() < length) {
            buffer = Nd4j.createUninitialized(DataType.FLOAT, Math.max(1, length));
            scratch.buffers[role] = buffer;
            scratch.pointers[role] = OffHeapFloats.pointer(buffer);
        }
        return new Buffer(buffer, scratch.pointers[role]);
    }

    /** A fresh native buffer of {@code length} floats (for training passes). */
    static Buffer allocate(long length) {
        INDArray buffer = Nd4j.createUninitialized(DataType.FLOAT, Math.max(1, length));
        return new Buffer(buffer, OffHeapFloats.pointer(buffer));
    }

    /** A native buffer and its address; the array keeps the memory alive. */
    record Buffer(INDArray array, FloatPointer pointer) {
    }
}

package org.seq4j.nn.model;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.LinkedHashMap;
import java.util.Map;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * The {@code parameters.bin} entry: a self-describing list of named tensors.
 *
 * <pre>
 * int    magic "S4JP"
 * int    count
 * count times:
 *   UTF  name                (DataOutputStream.writeUTF)
 *   UTF  data type           FLOAT or DOUBLE
 *   int  rank, then rank longs: the shape
 *   raw values in C order, little-endian (length * 4 or 8 bytes)
 * </pre>
 *
 * <p>Header fields use {@link DataOutputStream}'s big-endian encoding; the values are raw
 * little-endian IEEE bits (the memory layout of x86 and ARM), so they round-trip bit for bit and can
 * be memory-mapped by other tools (e.g. {@code numpy.frombuffer(dtype='<f4')}). No Java
 * serialization: the file never runs code on load.
 */
final class ParameterCodec {

  static final int MAGIC = 0x53344A50; // "S4JP"
  private static final int MAX_RANK = 8;

  private ParameterCodec() {}

  static void write(Map<String, INDArray> parameters, DataOutputStream out) throws IOException {
    out.writeInt(MAGIC);
    out.writeInt(parameters.size());
    for (Map.Entry<String, INDArray> e : parameters.entrySet()) {
      INDArray value = e.getValue();
      DataType type = value.dataType();
      if (type != DataType.FLOAT && type != DataType.DOUBLE) {
        throw new IllegalArgumentException("parameter " + e.getKey() + " has unsupported data type " + type);
      }
      out.writeUTF(e.getKey());
      out.writeUTF(type.name());
      out.writeInt(value.rank());
      for (long dim : value.shape()) {
        out.writeLong(dim);
      }
      INDArray flat = value.dup('c').reshape(value.length());
      ByteBuffer bytes = ByteBuffer.allocate((int) value.length() * type.width()).order(ByteOrder.LITTLE_ENDIAN);
      if (type == DataType.FLOAT) {
        bytes.asFloatBuffer().put(flat.toFloatVector());
      } else {
        bytes.asDoubleBuffer().put(flat.toDoubleVector());
      }
      out.write(bytes.array());
    }
  }

  /**
   * Reads what {@link #write} wrote, keeping the order.
   *
   * @throws CorruptEntryException with a description of what is wrong
   */
  static Map<String, INDArray> read(DataInputStream in) throws IOException {
    try {
      if (in.readInt() != MAGIC) {
        throw new CorruptEntryException("does not start with the parameter magic number");
      }
      int count = in.readInt();
      if (count < 0) {
        throw new CorruptEntryException("negative parameter count " + count);
      }
      Map<String, INDArray> parameters = new LinkedHashMap<>();
      for (int i = 0; i < count; i++) {
        String name = in.readUTF();
        DataType type = dataType(name, in.readUTF());
        long[] shape = shape(name, in);
        long length = 1;
        for (long dim : shape) {
          length = Math.multiplyExact(length, dim);
        }
        long byteCount = length * type.width();
        if (byteCount > Integer.MAX_VALUE) {
          throw new CorruptEntryException("parameter " + name + " is implausibly large: " + byteCount + " bytes");
        }
        byte[] raw = new byte[(int) byteCount];
        in.readFully(raw);
        ByteBuffer bytes = ByteBuffer.wrap(raw).order(ByteOrder.LITTLE_ENDIAN);
        INDArray value;
        if (type == DataType.FLOAT) {
          float[] values = new float[(int) length];
          bytes.asFloatBuffer().get(values);
          value = Nd4j.create(values, shape, 'c');
        } else {
          double[] values = new double[(int) length];
          bytes.asDoubleBuffer().get(values);
          value = Nd4j.create(values, shape, 'c');
        }
        if (parameters.put(name, value) != null) {
          throw new CorruptEntryException("duplicate parameter " + name);
        }
      }
      if (in.read() != -1) {
        throw new CorruptEntryException("has trailing bytes after " + count + " parameters");
      }
      return parameters;
    } catch (EOFException e) {
      throw new CorruptEntryException("is truncated");
    }
  }

  private static DataType dataType(String name, String text) {
    if (DataType.FLOAT.name().equals(text)) {
      return DataType.FLOAT;
    }
    if (DataType.DOUBLE.name().equals(text)) {
      return DataType.DOUBLE;
    }
    throw new CorruptEntryException("parameter " + name + " has unsupported data type '" + text + "'");
  }

  private static long[] shape(String name, DataInputStream in) throws IOException {
    int rank = in.readInt();
    if (rank < 0 || rank > MAX_RANK) {
      throw new CorruptEntryException("parameter " + name + " has implausible rank " + rank);
    }
    long[] shape = new long[rank];
    for (int d = 0; d < rank; d++) {
      shape[d] = in.readLong();
      if (shape[d] < 0) {
        throw new CorruptEntryException("parameter " + name + " has negative dimension " + shape[d]);
      }
    }
    return shape;
  }

  /** A structural problem in {@code parameters.bin}; the reader adds the file name. */
  static final class CorruptEntryException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    CorruptEntryException(String problem) {
      super(problem);
    }
  }
}

package org.seq4j.seq2seq.train;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.seq4j.nn.param.Parameter;
import org.seq4j.nn.param.ParameterSet;

/**
 * A copy of the parameters of the best epoch so far, by name, so it can go into a checkpoint and
 * come back from one (nn's {@code ParameterSnapshot} keeps its copies private). Copies are allocated
 * on the first capture and overwritten in place afterwards.
 */
final class BestParameters {
  private final List<Parameter> parameters;
  private final Map<String, INDArray> copies = new LinkedHashMap<>();

  BestParameters(ParameterSet set) {
    this.parameters = set.list();
  }

  boolean captured() {
    return !copies.isEmpty();
  }

  void capture() {
    for (Parameter p : parameters) {
      INDArray copy = copies.get(p.name());
      if (copy == null) {
        copies.put(p.name(), p.value().dup());
      } else {
        copy.assign(p.value());
      }
    }
  }

  /** Writes the copies back into the parameters (nothing when never captured). */
  void restore() {
    if (!captured()) {
      return;
    }
    for (Parameter p : parameters) {
      p.value().assign(copies.get(p.name()));
    }
  }

  /** The copies by parameter name (empty when never captured); read-only use. */
  Map<String, INDArray> values() {
    return copies;
  }

  /** Takes stored copies (from a checkpoint); every parameter must be present. */
  void load(Map<String, INDArray> stored) {
    if (stored.isEmpty()) {
      return;
    }
    for (Parameter p : parameters) {
      INDArray value = stored.get(p.name());
      if (value == null) {
        throw new IllegalArgumentException("checkpoint has no best-epoch copy of " + p.name());
      }
      copies.put(p.name(), value.castTo(p.value().dataType()).dup());
    }
  }
}

package org.seq4j.nn.train;

import java.util.ArrayList;
import java.util.List;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.seq4j.nn.param.Parameter;
import org.seq4j.nn.param.ParameterSet;

/**
 * A copy of the values of a parameter set, kept for early stopping. The copies are allocated once;
 * later captures overwrite them in place.
 */
public final class ParameterSnapshot {

  private final List<Parameter> parameters;
  private final List<INDArray> copies = new ArrayList<>();

  public ParameterSnapshot(ParameterSet set) {
    this.parameters = set.list();
    for (Parameter p : parameters) {
      copies.add(p.value().dup());
    }
  }

  /** Overwrites the copy with the current values. */
  public void capture() {
    for (int i = 0; i < parameters.size(); i++) {
      copies.get(i).assign(parameters.get(i).value());
    }
  }

  /** Writes the copied values back into the parameters. */
  public void restore() {
    for (int i = 0; i < parameters.size(); i++) {
      parameters.get(i).value().assign(copies.get(i));
    }
  }
}

package org.seq4j.nn.param;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The ordered, named parameters of a model. Order is insertion order and is part of the
 * checkpoint format, so models must register parameters deterministically.
 */
public final class ParameterSet {
  private final Map<String, Parameter> byName = new LinkedHashMap<>();

  /** Registers a parameter; names must be unique. Returns it for fluent field initialisation. */
  public Parameter add(Parameter p) {
    if (byName.putIfAbsent(p.name(), p) != null) {
      throw new IllegalArgumentException("duplicate parameter name " + p.name());
    }
    return p;
  }

  /** Adds every parameter of another set (e.g. a sub-layer's). */
  public void addAll(ParameterSet other) {
    other.list().forEach(this::add);
  }

  public List<Parameter> list() {
    return Collections.unmodifiableList(new ArrayList<>(byName.values()));
  }

  public Parameter get(String name) {
    Parameter p = byName.get(name);
    if (p == null) {
      throw new IllegalArgumentException("no parameter " + name + "; have " + byName.keySet());
    }
    return p;
  }

  public void zeroGradients() {
    for (Parameter p : byName.values()) {
      p.gradient().assign(0);
    }
  }

  /** Total number of scalar parameters. */
  public long count() {
    long n = 0;
    for (Parameter p : byName.values()) {
      n += p.length();
    }
    return n;
  }
}

package org.seq4j.tagger.model;

import java.util.Map;

/**
 * Typed reads from a settings map parsed from JSON or YAML, with errors naming the key. Numbers
 * may arrive as any {@link Number} and booleans as {@code true/false} strings.
 */
public final class ConfigValues {

  private final Map<String, ?> values;

  public ConfigValues(Map<String, ?> values) {
    this.values = values;
  }

  public int integer(String key, int fallback) {
    Object v = values.get(key);
    if (v == null) {
      return fallback;
    }
    if (v instanceof Number n && n.doubleValue() == Math.rint(n.doubleValue())) {
      return n.intValue();
    }
    if (v instanceof String s) {
      try {
        return Integer.parseInt(s.trim());
      } catch (NumberFormatException e) {
        // reported below
      }
    }
    throw invalid(key, v, "an integer");
  }

  public long longInteger(String key, long fallback) {
    Object v = values.get(key);
    if (v == null) {
      return fallback;
    }
    if (v instanceof Long || v instanceof Integer || v instanceof Short) {
      return ((Number) v).longValue();
    }
    if (v instanceof Number n && n.doubleValue() == Math.rint(n.doubleValue())) {
      return n.longValue();
    }
    if (v instanceof String s) {
      try {
        return Long.parseLong(s.trim());
      } catch (NumberFormatException e) {
        // reported below
      }
    }
    throw invalid(key, v, "an integer");
  }

  public double number(String key, double fallback) {
    Object v = values.get(key);
    if (v == null) {
      return fallback;
    }
    if (v instanceof Number n) {
      return n.doubleValue();
    }
    if (v instanceof String s) {
      try {
        return Double.parseDouble(s.trim());
      } catch (NumberFormatException e) {
        // reported below
      }
    }
    throw invalid(key, v, "a number");
  }

  public boolean bool(String key, boolean fallback) {
    Object v = values.get(key);
    if (v == null) {
      return fallback;
    }
    if (v instanceof Boolean b) {
      return b;
    }
    if (v instanceof String s && (s.equalsIgnoreCase("true") || s.equalsIgnoreCase("false"))) {
      return Boolean.parseBoolean(s);
    }
    throw invalid(key, v, "true|false");
  }

  public String text(String key, String fallback) {
    Object v = values.get(key);
    return v == null ? fallback : v.toString();
  }

  private static IllegalArgumentException invalid(String key, Object value, String expected) {
    return new IllegalArgumentException("Invalid value '" + value + "' for " + key + ": expected " + expected);
  }
}

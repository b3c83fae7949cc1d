package org.seq4j.eval.report;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Defensive, order-preserving immutable copies for the report records. {@link Map#copyOf} would
 * lose insertion order, and a report's metric and stage order is what a reader sees, so maps are
 * copied into unmodifiable {@link LinkedHashMap}s. Null collections become empty ones and null
 * map values are dropped (JSON {@code null} means "not defined", which is the same as absent).
 */
final class Copies {
  private Copies() {}

  static <K, V> Map<K, V> orderedMap(Map<K, V> source) {
    if (source == null || source.isEmpty()) {
      return Map.of();
    }
    Map<K, V> copy = new LinkedHashMap<>();
    source.forEach(
        (k, v) -> {
          if (k != null && v != null) {
            copy.put(k, v);
          }
        });
    return Collections.unmodifiableMap(copy);
  }

  static <V> Map<String, Map<String, V>> orderedNestedMap(Map<String, Map<String, V>> source) {
    if (source == null || source.isEmpty()) {
      return Map.of();
    }
    Map<String, Map<String, V>> copy = new LinkedHashMap<>();
    source.forEach(
        (k, inner) -> {
          Map<String, V> innerCopy = orderedMap(inner);
          if (k != null && !innerCopy.isEmpty()) {
            copy.put(k, innerCopy);
          }
        });
    return Collections.unmodifiableMap(copy);
  }

  static <T> List<T> list(List<T> source) {
    if (source == null || source.isEmpty()) {
      return List.of();
    }
    return List.copyOf(source);
  }

  /** Deep immutable copy of free-form JSON-like data (maps, lists, numbers, strings, booleans). */
  static Object freeze(Object value) {
    if (value instanceof Map<?, ?> map) {
      Map<String, Object> copy = new LinkedHashMap<>();
      map.forEach(
          (k, v) -> {
            if (k != null && v != null) {
              copy.put(String.valueOf(k), freeze(v));
            }
          });
      return Collections.unmodifiableMap(copy);
    }
    if (value instanceof List<?> list) {
      List<Object> copy = new ArrayList<>();
      for (Object item : list) {
        if (item != null) {
          copy.add(freeze(item));
        }
      }
      return Collections.unmodifiableList(copy);
    }
    return value;
  }

  @SuppressWarnings("unchecked")
  static Map<String, Object> freezeMap(Map<String, ?> source) {
    if (source == null || source.isEmpty()) {
      return Map.of();
    }
    return (Map<String, Object>) freeze(source);
  }
}

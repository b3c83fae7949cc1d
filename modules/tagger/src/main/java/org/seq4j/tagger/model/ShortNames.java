package org.seq4j.tagger.model;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** Parses enum constants from their lower-case recipe names with errors that list the choices. */
final class ShortNames {

  private ShortNames() {}

  static <E extends Enum<E>> E parse(Class<E> type, String name, String key) {
    for (E value : type.getEnumConstants()) {
      if (value.name().equalsIgnoreCase(name.trim())) {
        return value;
      }
    }
    throw new IllegalArgumentException("Invalid value '" + name + "' for " + key + ": expected "
        + Arrays.stream(type.getEnumConstants()).map(e -> e.name().toLowerCase(Locale.ROOT))
            .collect(Collectors.joining("|")));
  }
}

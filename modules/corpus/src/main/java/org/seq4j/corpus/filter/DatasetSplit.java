package org.seq4j.corpus.filter;

import java.util.List;

/**
 * A corpus divided into training, development and test items, each in corpus order. Immutable.
 *
 * @param train training items
 * @param dev development items
 * @param test test items
 */
public record DatasetSplit<T>(List<T> train, List<T> dev, List<T> test) {
  public DatasetSplit {
    train = List.copyOf(train);
    dev = List.copyOf(dev);
    test = List.copyOf(test);
  }
}

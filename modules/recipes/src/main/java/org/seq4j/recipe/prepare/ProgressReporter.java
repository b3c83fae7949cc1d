package org.seq4j.recipe.prepare;

/**
 * Reports progress of long work. The library never decides to draw on a terminal: the command line
 * passes {@link TerminalProgress} when stderr is a terminal, everything else gets {@link #NONE}.
 */
public interface ProgressReporter {

  /** One task with a known number of steps. */
  interface Task extends AutoCloseable {
    void step();

    @Override
    void close();
  }

  /** Starts a task. */
  Task start(String name, long steps);

  /** Reports nothing. */
  ProgressReporter NONE = (name, steps) -> new Task() {
    @Override
    public void step() {}

    @Override
    public void close() {}
  };
}

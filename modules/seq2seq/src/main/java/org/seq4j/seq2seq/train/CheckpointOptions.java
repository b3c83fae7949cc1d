package org.seq4j.seq2seq.train;

import java.nio.file.Path;
import java.util.Locale;

/**
 * Where and how a training run keeps checkpoints: after every epoch it writes the epoch's model file
 * {@code epoch-NNN.zip} (an ordinary translator model file), deletes all but the last
 * {@code keepLast} of them, and rewrites {@code checkpoint.zip}, everything needed to resume the run
 * ({@link Seq2SeqTrainer#resume}). With {@code averageLast}, the trained translator is the average of
 * the kept epoch files (Junczys-Dowmunt et al. 2016), unless that average scores below the best
 * single epoch on dev.
 *
 * @param directory where the files go, or null for no checkpoints
 * @param keepLast how many epoch model files to keep (>= 1)
 * @param averageLast average the kept epoch files at the end (needs a directory)
 */
public record CheckpointOptions(Path directory, int keepLast, boolean averageLast) {
  /** No checkpoint files. */
  public static final CheckpointOptions NONE = new CheckpointOptions(null, 1, false);
  /** The resume checkpoint's file name. */
  public static final String RESUME_FILE = "checkpoint.zip";
  private static final String EPOCH_FILE = "epoch-%03d.zip";

  public CheckpointOptions {
    if (keepLast < 1) {
      throw new IllegalArgumentException("keepLast must be >= 1, got " + keepLast);
    }
    if (averageLast && directory == null) {
      throw new IllegalArgumentException("averaging checkpoints needs a checkpoint directory");
    }
  }

  public boolean enabled() {
    return directory != null;
  }

  public Path epochFile(int epoch) {
    return directory.resolve(String.format(Locale.ROOT, EPOCH_FILE, epoch));
  }

  public Path resumeFile() {
    return directory.resolve(RESUME_FILE);
  }
}

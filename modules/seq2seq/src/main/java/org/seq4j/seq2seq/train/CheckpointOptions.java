package org.seq4j.seq2seq.train;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;

/**
 * Where and how a training run keeps checkpoints: after every epoch it writes the epoch's model file
 * {@code epoch-NNN.zip} (an ordinary translator model file), deletes all but the last
 * {@code keepLast} of them, and rewrites {@code checkpoint.zip}, everything needed to resume the run
 * ({@link Seq2SeqTrainer#resume}). With {@code averageLast}, the trained translator is the average of
 * the kept epoch files (Junczys-Dowmunt et al. 2016), unless that average scores below the best
 * single epoch on dev.
 *
 * <p>Without {@code epochFiles}, only {@code checkpoint.zip} is written: a run that can resume but keeps
 * no epoch model files (which only averaging reads).
 *
 * @param directory where the files go, or null for no checkpoints
 * @param keepLast how many epoch model files to keep (>= 1)
 * @param averageLast average the kept epoch files at the end (needs a directory and epoch files)
 * @param epochFiles write the epoch model files (false: the resume checkpoint only)
 */
public record CheckpointOptions(Path directory, int keepLast, boolean averageLast, boolean epochFiles) {
  /** No checkpoint files. */
  public static final CheckpointOptions NONE = new CheckpointOptions(null, 1, false);
  /** The resume checkpoint's file name. */
  public static final String RESUME_FILE = "checkpoint.zip";
  private static final String EPOCH_FILE = "epoch-%03d.zip";

  public CheckpointOptions {
    if (keepLast < 1) {
      throw new IllegalArgumentException("keepLast must be >= 1, got " + keepLast);
    }
    if (averageLast && (directory == null || !epochFiles)) {
      throw new IllegalArgumentException("averaging checkpoints needs a checkpoint directory and epoch files");
    }
  }

  /** Epoch model files and the resume checkpoint in {@code directory} (null: none). */
  public CheckpointOptions(Path directory, int keepLast, boolean averageLast) {
    this(directory, keepLast, averageLast, true);
  }

  /** Only the resume checkpoint {@value #RESUME_FILE}, in {@code directory}: resumable, no epoch model files. */
  public static CheckpointOptions resumeOnly(Path directory) {
    return new CheckpointOptions(Objects.requireNonNull(directory, "directory"), 1, false, false);
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

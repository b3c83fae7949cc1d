package org.seq4j.nn.model;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.seq4j.corpus.BadInputException;

/**
 * Averages the parameters of several model files of identical structure (the last checkpoints of
 * one run), which usually scores a little better than any single one (Junczys-Dowmunt et al. 2016;
 * OpenNMT's {@code average_models.py}).
 *
 * <p>Every file must have the same kind and the same parameter names, order, shapes and data types
 * as the first; a {@link BadInputException} names the first file that differs and how. Sums are
 * accumulated in double precision and cast back to each parameter's type. The result carries the
 * first file's config, manifest and vocabularies.
 */
public final class CheckpointAveraging {

  private CheckpointAveraging() {}

  public static SavedModel average(List<Path> files) {
    if (files.isEmpty()) {
      throw new IllegalArgumentException("no model files to average");
    }
    List<SavedModel> models = new ArrayList<>();
    for (Path file : files) {
      models.add(ModelReader.read(file));
    }
    return average(models.get(0), models);
  }

  /** Averages already-read models; {@code reference} supplies everything but the parameters. */
  public static SavedModel average(SavedModel reference, List<SavedModel> models) {
    List<String> names = new ArrayList<>(reference.parameters().keySet());
    for (SavedModel model : models) {
      checkSameStructure(reference, names, model);
    }
    Map<String, INDArray> averaged = new LinkedHashMap<>();
    for (String name : names) {
      INDArray first = reference.parameters().get(name);
      INDArray sum = first.castTo(DataType.DOUBLE).dup().assign(0);
      for (SavedModel model : models) {
        sum.addi(model.parameters().get(name).castTo(DataType.DOUBLE));
      }
      averaged.put(name, sum.divi(models.size()).castTo(first.dataType()));
    }
    return reference.withParameters(averaged);
  }

  private static void checkSameStructure(SavedModel reference, List<String> names, SavedModel model) {
    if (!reference.kind().equals(model.kind())) {
      throw differs(model, "is a " + model.kind() + " model, " + reference.source() + " a " + reference.kind());
    }
    List<String> other = new ArrayList<>(model.parameters().keySet());
    if (!names.equals(other)) {
      throw differs(model, "has parameters " + other + ", " + reference.source() + " has " + names);
    }
    for (String name : names) {
      INDArray a = reference.parameters().get(name);
      INDArray b = model.parameters().get(name);
      if (!Arrays.equals(a.shape(), b.shape()) || a.dataType() != b.dataType()) {
        throw differs(model, "parameter " + name + " is " + b.dataType() + Arrays.toString(b.shape()) + ", in "
            + reference.source() + " " + a.dataType() + Arrays.toString(a.shape()));
      }
    }
  }

  private static BadInputException differs(SavedModel model, String problem) {
    return new BadInputException(model.source(), BadInputException.NO_LINE,
        "cannot average with the other checkpoints: " + problem);
  }
}

package org.seq4j.recipe.run;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import org.seq4j.corpus.AtomicFiles;

/** Writes manifest.json (atomically). */
public final class ManifestJson {
  public static final String FILE_NAME = "manifest.json";
  private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private ManifestJson() {}

  public static ObjectNode toTree(Manifest m) {
    ObjectNode root = JSON.createObjectNode();
    root.put("seq4j_version", m.seq4jVersion());
    root.put("git_commit", m.gitCommit());
    root.put("jvm", m.jvm());
    root.put("os", m.os());
    root.put("processors", m.processors());
    root.put("backend", m.backend().orElse("not loaded"));
    root.put("recipe", m.recipe());
    root.put("name", m.name());
    root.put("seed", m.seed());
    m.stages().forEach(root.putArray("stages")::add);
    ObjectNode inputs = root.putObject("inputs");
    m.inputs().forEach((file, sha) -> inputs.putObject(file).put("sha256", sha));
    root.set("settings", JSON.valueToTree(m.settings()));
    root.put("started", m.started().toString());
    root.put("ended", m.ended().toString());
    root.put("status", m.status());
    var resumed = root.putArray("resumed");
    m.resumed().forEach(t -> resumed.add(t.toString()));
    return root;
  }

  public static void write(Path file, Manifest manifest) throws IOException {
    AtomicFiles.writeString(file, JSON.writeValueAsString(toTree(manifest)) + "\n");
  }
}

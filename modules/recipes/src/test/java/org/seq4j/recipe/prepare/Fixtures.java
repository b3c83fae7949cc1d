package org.seq4j.recipe.prepare;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Tiny corpora written by tests. */
public final class Fixtures {
  private Fixtures() {}

  /** One CoNLL-U sentence per call, words w with UPOS t. */
  public static String conlluSentence(String id, String... wordTagPairs) {
    StringBuilder out = new StringBuilder("# sent_id = " + id + "\n");
    for (int i = 0; i < wordTagPairs.length; i += 2) {
      out.append(i / 2 + 1).append('\t').append(wordTagPairs[i]).append("\t_\t").append(wordTagPairs[i + 1])
          .append("\tX\t_\t0\troot\t_\t_\n");
    }
    return out.append('\n').toString();
  }

  /** Writes train/dev/test CoNLL-U files into dir. */
  public static void writeConllu(Path dir) throws IOException {
    Files.createDirectories(dir);
    Files.writeString(dir.resolve("train.conllu"),
        conlluSentence("1", "The", "DET", "cat", "NOUN", "sleeps", "VERB")
            + conlluSentence("2", "A", "DET", "dog", "NOUN", "barks", "VERB", ".", "PUNCT")
            + conlluSentence("3", "Dogs", "NOUN", "sleep", "VERB"));
    Files.writeString(dir.resolve("dev.conllu"), conlluSentence("4", "The", "DET", "bird", "NOUN", "sings", "VERB"));
    Files.writeString(dir.resolve("test.conllu"), conlluSentence("5", "A", "DET", "cat", "NOUN"));
  }

  /** A small TSV pair file where some English sentences repeat. */
  public static void writeTsv(Path file, int pairs) throws IOException {
    Files.createDirectories(file.toAbsolutePath().getParent());
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < pairs; i++) {
      int group = i / 2;
      out.append("I see ").append(group).append(" cats.\tJe vois ").append(group).append(" chats")
          .append(i % 2 == 0 ? "." : " !").append('\n');
    }
    Files.writeString(file, out.toString());
  }
}

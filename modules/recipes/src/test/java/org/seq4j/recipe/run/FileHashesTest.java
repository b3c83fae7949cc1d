package org.seq4j.recipe.run;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileHashesTest {
  @Test
  void sha256MatchesKnownDigests(@TempDir Path dir) throws Exception {
    Path abc = Files.writeString(dir.resolve("abc"), "abc", StandardCharsets.US_ASCII);
    Path empty = Files.writeString(dir.resolve("empty"), "");
    // FIPS 180-2 test vector and the digest of no bytes.
    assertEquals("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", FileHashes.sha256(abc));
    assertEquals("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855", FileHashes.sha256(empty));
  }

  @Test
  void gitCommitIsHexOrUnknown(@TempDir Path dir) {
    assertEquals(GitCommit.UNKNOWN, GitCommit.of(dir));
  }
}

package org.seq4j.nn.backend;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The choice of OpenBLAS and the JavaCPP settings it makes, without loading anything. */
class BlasLibraryTest {
    private static final Path DEBIAN = BlasLibrary.SYSTEM_CANDIDATES.get(0);
    private static final Path LIB64 = BlasLibrary.SYSTEM_CANDIDATES.get(1);

    @Test
    void bundledUnsetAndBlankKeepTheBundledLibrary() {
        for (String requested : new String[] {null, "", "  ", "bundled", "BUNDLED"}) {
            assertNull(BlasLibrary.choose(requested, p -> true), String.valueOf(requested));
        }
    }

    @Test
    void systemTakesTheFirstCandidateThatExists() {
        assertEquals(DEBIAN, BlasLibrary.choose("system", p -> true));
        assertEquals(LIB64, BlasLibrary.choose(" System ", Set.of(LIB64)::contains));
        assertNull(BlasLibrary.choose("system", p -> false), "falls back to the bundled library");
    }

    @Test
    void aPathNamesTheLibraryWhenItExists() {
        Path own = Path.of("/opt/openblas/lib/libopenblas.so.0");
        assertEquals(own, BlasLibrary.choose(own.toString(), Set.of(own)::contains));
        assertNull(BlasLibrary.choose(own.toString(), p -> false));
    }

    @Test
    void javacppLoadsTheLinkedLibraryFromItsOwnCacheUnlessOneIsSet() {
        Path links = Path.of("/home/u/.javacpp/seq4j-system-openblas");
        Path cache = Path.of("/home/u/.javacpp/cache-system-openblas");
        Map<String, String> fresh = BlasLibrary.javacppProperties(links, cache, key -> null);
        assertEquals(Map.of(BlasLibrary.LOAD_PROPERTY, "openblas", BlasLibrary.PRELOAD_PATH_PROPERTY, links.toString(),
                BlasLibrary.CACHE_PROPERTY, cache.toString()), fresh);
        Map<String, String> existing = BlasLibrary.javacppProperties(links, cache,
                key -> key.equals(BlasLibrary.PRELOAD_PATH_PROPERTY) ? "/opt/lib" : "/tmp/mycache");
        assertEquals(links + java.io.File.pathSeparator + "/opt/lib", existing.get(BlasLibrary.PRELOAD_PATH_PROPERTY));
        assertTrue(!existing.containsKey(BlasLibrary.CACHE_PROPERTY), "an explicit cache directory is kept");
    }
}

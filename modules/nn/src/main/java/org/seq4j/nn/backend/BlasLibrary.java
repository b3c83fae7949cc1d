package org.seq4j.nn.backend;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Which OpenBLAS the process loads: the one bundled with ND4J (JavaCPP's {@code org.bytedeco:openblas}
 * 0.3.19, the default) or, opt-in, the system's {@code libopenblas.so.0}. Set {@value #PROPERTY} (JVM
 * property) or {@value #ENVIRONMENT} (environment) to {@code system}, or to the path of a
 * {@code libopenblas.so.0}; {@code bundled} or unset keeps the default.
 *
 * <p>Why: OpenBLAS chooses its kernels by CPU at load time, and 0.3.19 does not know AMD Zen 4: it
 * runs the AVX2 (Zen/Haswell) kernels there, while 0.3.21 (Debian 12's {@code libopenblas0-pthread},
 * which the PyTorch peer uses) picks the AVX-512 Cooperlake ones. Measured on the project's
 * 2-core Zen 4 machine, one thread: {@code [32,128]x[128,512]} 55 against 85 us, the seq2seq decoder's
 * {@code [64,512]x[512,2048]} 1.7-2.0 against 2.0-2.3 ms, its output layer {@code [64,512]x[512,8000]}
 * 7.3-7.6 against 7.3-8.3 ms. Results agree to float rounding (nn's agreement and gradient tests pass
 * with either library).
 *
 * <p>How: JavaCPP's OpenBLAS preset loads a library named by {@code org.bytedeco.openblas.load} from its
 * search path instead of the bundled one, for ND4J ({@code libopenblas.so.0}) and for seq4j's direct
 * gemm calls ({@code libopenblas_nolapack.so.0}) alike. It looks for the unversioned
 * {@code libopenblas.so}, which only Debian's {@code -dev} package installs, so this class links that
 * name to the chosen library in a directory of its own ({@value #LINK_DIRECTORY} under
 * {@code ~/.javacpp}) and puts that directory on JavaCPP's preload path. JavaCPP then replaces the
 * bundled libraries in its extraction cache by links to the system copy; so as not to switch other
 * JVMs that share the default cache, a separate cache ({@value #CACHE_DIRECTORY}) is used unless
 * {@code org.bytedeco.javacpp.cachedir} is already set.
 *
 * <p>Falls back cleanly: when no system library is found the settings are left alone (a warning is
 * logged), and when JavaCPP cannot load the one named it loads the bundled library itself;
 * {@link #loaded()} reports what the process really mapped. Properties must be set before JavaCPP
 * loads OpenBLAS: {@link #selectFromEnvironment()} runs first in the CLI's {@code main} and in
 * {@link NativeBackend}'s class initialiser, and warns when it comes too late. A JVM that may touch
 * ND4J before either (a test runner) can be given the same JavaCPP properties directly, e.g.
 * {@code JAVA_TOOL_OPTIONS="-Dorg.bytedeco.openblas.load=openblas
 * -Dorg.bytedeco.javacpp.platform.preloadpath=$HOME/.javacpp/seq4j-system-openblas
 * -Dorg.bytedeco.javacpp.cachedir=$HOME/.javacpp/cache-system-openblas"} once the link exists.
 */
public final class BlasLibrary {
    /** JVM property choosing the library: {@code bundled} (default), {@code system} or a file path. */
    public static final String PROPERTY = "seq4j.openblas";
    /** Environment variable with the same meaning; the JVM property wins. */
    public static final String ENVIRONMENT = "SEQ4J_OPENBLAS";
    public static final String BUNDLED = "bundled";
    public static final String SYSTEM = "system";
    static final String MIXED = "mixed";
    /** Where distributions put the default {@code libopenblas.so.0} (Debian's is an alternatives link). */
    static final List<Path> SYSTEM_CANDIDATES = List.of(Path.of("/usr/lib/x86_64-linux-gnu/libopenblas.so.0"),
            Path.of("/usr/lib64/libopenblas.so.0"), Path.of("/usr/lib/libopenblas.so.0"),
            Path.of("/usr/local/lib/libopenblas.so.0"));
    static final String LINK_DIRECTORY = "seq4j-system-openblas";
    static final String CACHE_DIRECTORY = "cache-system-openblas";
    static final String LOAD_PROPERTY = "org.bytedeco.openblas.load";
    static final String PRELOAD_PATH_PROPERTY = "org.bytedeco.javacpp.platform.preloadpath";
    static final String CACHE_PROPERTY = "org.bytedeco.javacpp.cachedir";
    private static final String JAVACPP_HOME = ".javacpp";
    private static final String LOAD_NAME = "openblas";
    private static final String UNVERSIONED = "libopenblas.so";
    private static final String MAPS = "/proc/self/maps";
    private static final Logger LOG = LoggerFactory.getLogger(BlasLibrary.class);
    private static Path selected;
    private static boolean done;

    private BlasLibrary() {
    }

    /**
     * Applies {@value #PROPERTY} / {@value #ENVIRONMENT} once per process; later calls return the first
     * answer. Returns the system library chosen, or null for the bundled one.
     */
    public static synchronized Path selectFromEnvironment() {
        if (done) {
            return selected;
        }
        done = true;
        String requested = System.getProperty(PROPERTY, System.getenv(ENVIRONMENT));
        Path library = choose(requested, Files::isRegularFile);
        if (library == null) {
            if (requested != null && !requested.isBlank() && !BUNDLED.equalsIgnoreCase(requested.trim())) {
                LOG.warn("{}={}: no OpenBLAS found (looked at {}); using the bundled one", PROPERTY, requested,
                        SYSTEM.equalsIgnoreCase(requested.trim()) ? SYSTEM_CANDIDATES : requested);
            }
            return null;
        }
        if (!loaded().isEmpty()) {
            LOG.warn("{}={}: OpenBLAS is already loaded ({}); set it before ND4J starts", PROPERTY, requested, loaded());
            return null;
        }
        Path javacpp = Path.of(System.getProperty("user.home"), JAVACPP_HOME);
        try {
            Path links = javacpp.resolve(LINK_DIRECTORY);
            link(links.resolve(UNVERSIONED), library.toRealPath());
            javacppProperties(links, javacpp.resolve(CACHE_DIRECTORY), System.getProperties()::getProperty)
                    .forEach(System::setProperty);
        } catch (IOException | UncheckedIOException e) {
            LOG.warn("{}={}: could not link {} ({}); using the bundled OpenBLAS", PROPERTY, requested, library, e.toString());
            return null;
        }
        selected = library;
        LOG.info("OpenBLAS: loading the system library {} instead of the bundled one", library);
        return selected;
    }

    /**
     * The library a request names: null for {@code bundled}, unset or nothing found; for
     * {@code system} the first existing {@link #SYSTEM_CANDIDATES}; else the request as a path, if it exists.
     */
    static Path choose(String requested, Predicate<Path> exists) {
        if (requested == null || requested.isBlank() || BUNDLED.equalsIgnoreCase(requested.trim())) {
            return null;
        }
        List<Path> candidates = SYSTEM.equalsIgnoreCase(requested.trim()) ? SYSTEM_CANDIDATES
                : List.of(Path.of(requested.trim()));
        return candidates.stream().filter(exists).findFirst().orElse(null);
    }

    /**
     * The JavaCPP properties that load {@code libopenblas.so} from {@code links} instead of the bundled
     * library, given the current values of properties ({@code current}); an existing preload path is
     * kept after ours and an existing cache directory is kept.
     */
    static Map<String, String> javacppProperties(Path links, Path cache, java.util.function.Function<String, String> current) {
        Map<String, String> properties = new LinkedHashMap<>();
        properties.put(LOAD_PROPERTY, LOAD_NAME);
        String preload = current.apply(PRELOAD_PATH_PROPERTY);
        properties.put(PRELOAD_PATH_PROPERTY, preload == null || preload.isBlank() ? links.toString()
                : links + java.io.File.pathSeparator + preload);
        if (current.apply(CACHE_PROPERTY) == null) {
            properties.put(CACHE_PROPERTY, cache.toString());
        }
        return properties;
    }

    /** Points {@code link} at {@code target}, replacing an older link atomically. */
    private static void link(Path link, Path target) throws IOException {
        Files.createDirectories(link.getParent());
        if (Files.isSymbolicLink(link) && Files.readSymbolicLink(link).equals(target)) {
            return;
        }
        Path fresh = link.resolveSibling(link.getFileName() + "." + ProcessHandle.current().pid());
        Files.deleteIfExists(fresh);
        Files.createSymbolicLink(fresh, target);
        Files.move(fresh, link, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /** The OpenBLAS files this process has mapped (from {@code /proc/self/maps}; empty elsewhere or before loading). */
    public static List<String> loaded() {
        List<String> files = new ArrayList<>();
        try {
            for (String line : Files.readAllLines(Path.of(MAPS))) {
                int slash = line.indexOf('/');
                if (slash >= 0 && line.contains("libopenblas") && !files.contains(line.substring(slash))) {
                    files.add(line.substring(slash));
                }
            }
        } catch (IOException | UncheckedIOException e) {
            LOG.debug("cannot read {}", MAPS, e);
        }
        return files;
    }

    /**
     * {@code system} when the process runs the library {@link #selectFromEnvironment} linked (JavaCPP
     * extracts it into its cache under a directory named after {@value #LINK_DIRECTORY}), {@code bundled}
     * when it runs JavaCPP's own, {@code mixed} for both, {@code not loaded} before ND4J starts.
     */
    public static String describeLoaded() {
        List<String> files = loaded();
        if (files.isEmpty()) {
            return "not loaded";
        }
        long system = files.stream().filter(f -> f.contains("/" + LINK_DIRECTORY + "/")).count();
        return system == files.size() ? SYSTEM : system == 0 ? BUNDLED : MIXED;
    }
}

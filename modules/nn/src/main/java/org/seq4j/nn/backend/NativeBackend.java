package org.seq4j.nn.backend;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import org.deeplearning4j.nn.conf.WorkspaceMode;
import org.nd4j.linalg.api.ops.executioner.OpExecutioner;
import org.nd4j.linalg.factory.Environment;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.nativeblas.NativeOps;
import org.nd4j.nativeblas.NativeOpsHolder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one place that configures ND4J's native CPU backend for seq4j and reports what it configured.
 *
 * <p>Call {@link #configure(BackendSettings)} (or {@link #configureFromEnvironment()}) once, before
 * building any network; it is idempotent and cheap to repeat. It sets the default data type, pushes
 * the thread count into libnd4j's OpenMP runtime, ND4J's environment and the BLAS library, turns off
 * debug/verbose logging and op profiling (the default {@code SCOPE_PANIC} mode checks workspace scopes
 * on every op), and returns a {@link BackendInfo} read back from ND4J, so the manifest records what
 * is really in effect rather than what was asked for.
 *
 * <p>The OpenBLAS library itself (bundled or the system's) is chosen by {@link BlasLibrary} from
 * {@value BlasLibrary#PROPERTY} / {@value BlasLibrary#ENVIRONMENT} when this class initialises, which
 * must happen before ND4J loads; the CLI makes that choice first thing in {@code main}.
 *
 * <p>Why not more from Java: {@code OMP_WAIT_POLICY} can only be set in the environment before the
 * native library loads (the {@code scripts/seq4j} launcher does that); ND4J M2.1 has no Java setter.
 * ND4J's configuration is process-global, so this class has no state of its own.
 */
public final class NativeBackend {

    private static final Logger LOG = LoggerFactory.getLogger(NativeBackend.class);

    static {
        // Before anything here touches ND4J: the OpenBLAS choice must precede the library's loading.
        BlasLibrary.selectFromEnvironment();
    }
    private static final String ND4J_POM_PROPERTIES = "META-INF/maven/org.nd4j/nd4j-api/pom.properties";
    private static final String UNKNOWN = "unknown";
    private static final String UNSET = "unset";

    /**
     * Workspace mode for training networks. ENABLED reuses activation/gradient memory between
     * iterations instead of allocating (and garbage-collecting) off-heap buffers every step.
     */
    public static final WorkspaceMode TRAINING_WORKSPACE_MODE = WorkspaceMode.ENABLED;

    /** Workspace mode for inference; ENABLED for the same reason as training. */
    public static final WorkspaceMode INFERENCE_WORKSPACE_MODE = WorkspaceMode.ENABLED;

    private NativeBackend() {
    }

    /** Configures ND4J from this process's environment (see {@link BackendSettings#fromEnvironment()}). */
    public static BackendInfo configureFromEnvironment() {
        return configure(BackendSettings.fromEnvironment());
    }

    /** Applies {@code settings} to ND4J and returns what is now in effect. */
    public static BackendInfo configure(BackendSettings settings) {
        Nd4j.setDefaultDataTypes(settings.defaultDataType(), settings.defaultDataType());

        Environment environment = Nd4j.getEnvironment();
        environment.setDebug(false);
        environment.setVerbose(false);
        environment.setProfiling(false);
        environment.setMaxThreads(settings.threads());
        environment.setMaxMasterThreads(settings.threads());
        nativeOps().setOmpNumThreads(settings.threads());
        Nd4j.factory().blas().setMaxThreads(settings.threads());
        Nd4j.getExecutioner().setProfilingMode(OpExecutioner.ProfilingMode.DISABLED);

        BackendInfo info = currentInfo();
        LOG.info("Native backend: {}; OpenBLAS {} {}", info.summary(), BlasLibrary.describeLoaded(), BlasLibrary.loaded());
        if (BlasLibrary.selectFromEnvironment() != null && !BlasLibrary.SYSTEM.equals(BlasLibrary.describeLoaded())) {
            LOG.warn("{} asked for the system OpenBLAS but JavaCPP loaded {}", BlasLibrary.PROPERTY, BlasLibrary.loaded());
        }
        if (info.cpuOptimisation().ordinal() > info.binaryOptimisation().ordinal()) {
            LOG.info("This CPU supports {} but the loaded nd4j-native binary is {}; an optimised classifier may be faster",
                    info.cpuOptimisation(), info.binaryOptimisation());
        }
        return info;
    }

    /** Reads the backend state as it is now, without changing anything. */
    public static BackendInfo currentInfo() {
        Environment environment = Nd4j.getEnvironment();
        Properties properties = Nd4j.getExecutioner().getEnvironmentInformation();
        NativeOps ops = nativeOps();
        String waitPolicy = System.getenv(BackendSettings.OMP_WAIT_POLICY);
        return new BackendInfo(
                String.valueOf(properties.getOrDefault("backend", UNKNOWN)),
                Nd4j.getBackend().getClass().getName(),
                nd4jVersion(),
                String.valueOf(Nd4j.factory().blas().getBlasVendor()),
                ops.ompGetMaxThreads(),
                Nd4j.factory().blas().getMaxThreads(),
                environment.maxThreads(),
                Runtime.getRuntime().availableProcessors(),
                waitPolicy == null ? UNSET : waitPolicy,
                Nd4j.defaultFloatingPointType().name(),
                BinaryOptimisation.fromLevel(ops.binaryLevel()),
                BinaryOptimisation.fromLevel(ops.optimalLevel()),
                environment.isDebug(),
                environment.isVerbose(),
                Nd4j.getExecutioner().getProfilingMode().name(),
                TRAINING_WORKSPACE_MODE.name());
    }

    private static NativeOps nativeOps() {
        return NativeOpsHolder.getInstance().getDeviceNativeOps();
    }

    private static String nd4jVersion() {
        try (InputStream in = Nd4j.class.getClassLoader().getResourceAsStream(ND4J_POM_PROPERTIES)) {
            if (in == null) {
                return UNKNOWN;
            }
            Properties pom = new Properties();
            pom.load(in);
            return pom.getProperty("version", UNKNOWN);
        } catch (IOException e) {
            LOG.debug("Could not read {}", ND4J_POM_PROPERTIES, e);
            return UNKNOWN;
        }
    }
}

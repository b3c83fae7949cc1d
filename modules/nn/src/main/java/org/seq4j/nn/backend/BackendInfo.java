package org.seq4j.nn.backend;

/**
 * What the native backend is actually running with, as read back from ND4J after configuration.
 * Immutable; the run manifest records it verbatim (all components are JSON-friendly).
 *
 * @param backend              ND4J backend name, e.g. {@code CPU}
 * @param backendClass         ND4J backend implementation class
 * @param nd4jVersion          ND4J version from the nd4j-api jar, or {@code unknown}
 * @param blasVendor           BLAS library ND4J loaded, e.g. {@code OPENBLAS}
 * @param ompThreads           OpenMP max threads as libnd4j reports them
 * @param blasThreads          BLAS max threads
 * @param nd4jMaxThreads       ND4J environment max threads
 * @param availableProcessors  processors visible to the JVM
 * @param ompWaitPolicy        {@code OMP_WAIT_POLICY} seen at start-up, or {@code unset}
 * @param defaultDataType      ND4J default floating point type
 * @param binaryOptimisation   instruction set the loaded libnd4j binary was built for
 * @param cpuOptimisation      best instruction set this CPU supports
 * @param debug                ND4J debug mode
 * @param verbose              ND4J verbose mode
 * @param profilingMode        ND4J op executioner profiling mode
 * @param trainingWorkspaceMode DL4J workspace mode seq4j uses for training
 */
public record BackendInfo(
        String backend,
        String backendClass,
        String nd4jVersion,
        String blasVendor,
        int ompThreads,
        int blasThreads,
        int nd4jMaxThreads,
        int availableProcessors,
        String ompWaitPolicy,
        String defaultDataType,
        BinaryOptimisation binaryOptimisation,
        BinaryOptimisation cpuOptimisation,
        boolean debug,
        boolean verbose,
        String profilingMode,
        String trainingWorkspaceMode) {

    /** One-line human summary for logs. */
    public String summary() {
        return backend + " ND4J " + nd4jVersion + ", BLAS " + blasVendor + ", threads omp=" + ompThreads
                + " blas=" + blasThreads + " (" + availableProcessors + " processors, OMP_WAIT_POLICY=" + ompWaitPolicy
                + "), dtype " + defaultDataType + ", binary " + binaryOptimisation + " on CPU supporting "
                + cpuOptimisation;
    }
}

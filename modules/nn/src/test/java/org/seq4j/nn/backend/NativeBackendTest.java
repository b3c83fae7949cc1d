package org.seq4j.nn.backend;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.factory.Nd4j;

class NativeBackendTest {

    @Test
    void environmentThreadCountWinsOverProcessorCount() {
        BackendSettings settings = BackendSettings.fromEnvironment(Map.of("OMP_NUM_THREADS", "3"), 8);
        assertEquals(3, settings.threads());
        assertEquals(DataType.FLOAT, settings.defaultDataType());
    }

    @Test
    void processorCountIsUsedWhenEnvironmentIsSilent() {
        assertEquals(4, BackendSettings.fromEnvironment(Map.of(), 4).threads());
        assertEquals(2, BackendSettings.fromEnvironment(Map.of("OMP_NUM_THREADS", " "), 2).threads());
    }

    @Test
    void nestedOpenMpListUsesOuterLevel() {
        assertEquals(2, BackendSettings.fromEnvironment(Map.of("OMP_NUM_THREADS", "2,1"), 8).threads());
    }

    @Test
    void malformedThreadCountIsRejectedWithItsValue() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> BackendSettings.fromEnvironment(Map.of("OMP_NUM_THREADS", "many"), 2));
        assertTrue(e.getMessage().contains("many"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> BackendSettings.fromEnvironment(Map.of("OMP_NUM_THREADS", "0"), 2));
    }

    @Test
    void levelCodesMapToNames() {
        assertEquals(BinaryOptimisation.GENERIC_X86_64, BinaryOptimisation.fromLevel(1));
        assertEquals(BinaryOptimisation.AVX2, BinaryOptimisation.fromLevel(2));
        assertEquals(BinaryOptimisation.AVX512, BinaryOptimisation.fromLevel(3));
        assertEquals(BinaryOptimisation.UNKNOWN, BinaryOptimisation.fromLevel(42));
    }

    @Test
    void configureAppliesAndReportsSaneValues() {
        BackendSettings settings = BackendSettings.fromEnvironment();
        BackendInfo info = NativeBackend.configure(settings);

        assertEquals("CPU", info.backend());
        assertEquals("FLOAT", info.defaultDataType());
        assertEquals(DataType.FLOAT, Nd4j.defaultFloatingPointType());
        assertEquals(settings.threads(), info.ompThreads());
        assertEquals(settings.threads(), info.nd4jMaxThreads());
        assertEquals(settings.threads(), info.blasThreads());
        assertTrue(info.availableProcessors() >= 1);
        assertFalse(info.debug());
        assertFalse(info.verbose());
        assertEquals("DISABLED", info.profilingMode());
        assertEquals("ENABLED", info.trainingWorkspaceMode());
        assertTrue(info.nd4jVersion().startsWith("1.0.0"), info.nd4jVersion());
        assertFalse(info.blasVendor().isBlank());
        assertNotEquals(BinaryOptimisation.UNKNOWN, info.binaryOptimisation());
        assertFalse(info.summary().isBlank());
    }

    @Test
    void configureIsIdempotentAndThreadCountCanChange() {
        BackendSettings settings = BackendSettings.fromEnvironment();
        NativeBackend.configure(settings.withThreads(1));
        assertEquals(1, NativeBackend.currentInfo().ompThreads());
        BackendInfo restored = NativeBackend.configure(settings);
        assertEquals(settings.threads(), restored.ompThreads());
        assertEquals(restored, NativeBackend.configure(settings));
    }
}

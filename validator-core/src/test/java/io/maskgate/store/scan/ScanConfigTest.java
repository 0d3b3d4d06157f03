package io.maskgate.store.scan;

import io.maskgate.store.kernel.StoreGeometry;
import io.maskgate.validation.ValidationOptions;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class ScanConfigTest {

    @Test
    void takesTheScanSettingsOfAValidationRun() {
        ScanConfig c = ScanConfig.from(ValidationOptions.builder().threads(3).sampleTrenches(8).minObjectArea(20).build());
        assertEquals(3, c.threads());
        assertEquals(8, c.sampleTrenches());
        assertEquals(20, c.minObjectArea());
    }

    @Test
    void rejectsImpossibleSettings() {
        assertThrows(IllegalArgumentException.class, () -> ScanConfig.defaults().withThreads(0));
        assertThrows(IllegalArgumentException.class, () -> ScanConfig.defaults().withMemoryBudget(-1));
        assertThrows(IllegalArgumentException.class, () -> new StoreGeometry(1, new int[2], 1, 1, 1, 1, 0, "data",
                StoreGeometry.defaultKeys("data")));
        assertThrows(IllegalArgumentException.class, () -> new StoreGeometry(1, null, 1, 1, 1, 1, 256, "data",
                StoreGeometry.defaultKeys("data")));
        assertEquals("data/c/3/12/0/0/0", StoreGeometry.defaultKeys("data").key(new long[] {3, 12, 0, 0, 0}));
    }
}

package io.maskgate.validation;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class HubmapSchemaModeTest {

    @Test
    void parsesTheTwoModes() {
        assertEquals(HubmapSchemaMode.LATEST, HubmapSchemaMode.parse("latest"));
        assertEquals(HubmapSchemaMode.ANY_MINOR, HubmapSchemaMode.parse(" Any-Minor "));
        assertEquals("any-minor", HubmapSchemaMode.ANY_MINOR.id());
        assertEquals(ValidationOptions.defaults().hubmapSchemaMode().id(), HubmapSchemaMode.LATEST.id());
    }

    @Test
    void rejectsOthersNamingTheChoices() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> HubmapSchemaMode.parse("2.3"));
        assertTrue(e.getMessage().contains("latest or any-minor"), e.getMessage());
    }
}

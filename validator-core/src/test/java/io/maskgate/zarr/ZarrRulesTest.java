package io.maskgate.zarr;

import io.maskgate.engine.Areas;
import io.maskgate.rules.Category;
import io.maskgate.rules.Rule;
import io.maskgate.rules.RuleCatalog;
import io.maskgate.rules.RuleMeta;
import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The metadata rules are registered, well-formed and stay clear of the chunk rules' code space. */
class ZarrRulesTest {

    private static final Set<String> METADATA_CODES = Set.of(
            "ZARR_METADATA_MISSING", "ZARR_METADATA_NOT_REGULAR_FILE", "ZARR_METADATA_UNREADABLE", "ZARR_METADATA_TOO_LARGE",
            "ZARR_METADATA_NOT_UTF8", "ZARR_METADATA_NOT_JSON", "ZARR_METADATA_NOT_OBJECT", "ZARR_REQUIRED_KEY",
            "ZARR_WRONG_TYPE", "ZARR_ATTRIBUTES_TYPE", "ZARR_FORMAT_VERSION", "ZARR_NODE_TYPE", "ZARR_SHAPE", "ZARR_DATA_TYPE",
            "ZARR_CHUNK_GRID", "ZARR_CHUNK_KEY_ENCODING", "ZARR_FILL_VALUE_INVALID", "ZARR_FILL_VALUE_RANGE",
            "ZARR_CODEC_ORDER", "ZARR_CODECS_TOO_MANY", "ZARR_CODEC_CONFIG", "ZARR_CODEC_UNKNOWN", "ZARR_SHARDING", "ZARR_MUST_UNDERSTAND",
            "ZARR_DIMENSION_NAMES", "ZARR_STORAGE_TRANSFORMERS", "ZARR_CONSOLIDATED_METADATA_NULL",
            "ZARR_CONSOLIDATED_METADATA");

    @Test
    void everyMetadataRuleIsRegisteredOnce() {
        Set<String> registered = new HashSet<>();
        for (Class<? extends Rule> rule : new ZarrRules().rules()) {
            RuleMeta meta = RuleMeta.of(rule);
            if (meta.category() == Category.ZARR_METADATA) {
                assertTrue(registered.add(meta.code()), meta.code());
                assertFalse(meta.summary().isBlank(), meta.code());
                assertFalse(meta.hint().isBlank(), meta.code());
            }
        }
        assertEquals(METADATA_CODES, registered);
    }

    @Test
    void metadataCodesDoNotUseTheChunkCodeSpace() {
        for (String code : METADATA_CODES) {
            assertTrue(!code.startsWith("ZARR_CHUNK_") || List.of("ZARR_CHUNK_GRID", "ZARR_CHUNK_KEY_ENCODING").contains(code), code);
        }
    }

    @Test
    void catalogueAcceptsTheZarrRules() {
        RuleCatalog catalog = Areas.ruleCatalog();
        for (String code : METADATA_CODES) {
            assertTrue(catalog.byCode(code).isPresent(), code);
        }
    }

    @Test
    void schemaIsOnTheClasspathAndLoads() {
        // every reader loads it first: a broken or missing schema file must fail here, not at users
        assertDoesNotThrow(MetadataSchema::new);
    }
}

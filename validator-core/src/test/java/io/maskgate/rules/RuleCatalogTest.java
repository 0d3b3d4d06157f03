package io.maskgate.rules;

import io.maskgate.engine.Areas;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RuleCatalogTest {

    @RuleInfo(code = "ZARR_TEST_ONE", severity = Severity.ERROR, category = Category.ZARR_METADATA, summary = "one")
    static final class One implements Rule {
    }

    @RuleInfo(code = "ZARR_TEST_ONE", severity = Severity.WARNING, category = Category.ZARR_METADATA, summary = "again")
    static final class Again implements Rule {
    }

    @RuleInfo(code = "bad-code", severity = Severity.WARNING, category = Category.ZARR_METADATA, summary = "bad")
    static final class BadCode implements Rule {
    }

    static final class NoInfo implements Rule {
    }

    @Test
    void defaultCatalogLoadsWithUniqueWellFormedCodes() {
        List<RuleMeta> all = Areas.ruleCatalog().all();
        assertFalse(all.isEmpty());
        for (RuleMeta m : all) {
            assertFalse(m.summary().isBlank(), m.code() + " has no summary");
        }
        assertTrue(Areas.ruleCatalog().byCode("INPUT_UNRECOGNISED_TARGET").isPresent());
    }

    @Test
    void rejectsDuplicateCodesBadCodesAndMissingMetadata() {
        assertThrows(IllegalStateException.class, () -> new RuleCatalog(List.of(() -> List.of(One.class, Again.class))));
        assertThrows(IllegalArgumentException.class, () -> RuleMeta.of(BadCode.class));
        assertThrows(IllegalStateException.class, () -> RuleMeta.of(NoInfo.class));
    }
}

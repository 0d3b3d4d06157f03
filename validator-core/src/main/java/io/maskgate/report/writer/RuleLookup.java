package io.maskgate.report.writer;

import io.maskgate.rules.RuleCatalog;
import io.maskgate.rules.RuleMeta;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** Rule metadata by code, read once from a {@link RuleCatalog} (whose lookup is a linear scan). */
final class RuleLookup {

    private final RuleCatalog catalog;
    private final Map<String, RuleMeta> byCode = new HashMap<>();

    RuleLookup(RuleCatalog catalog) {
        this.catalog = catalog;
        for (RuleMeta meta : catalog.all()) {
            byCode.put(meta.code(), meta);
        }
    }

    Optional<RuleMeta> byCode(String code) {
        return Optional.ofNullable(byCode.get(code));
    }

    /** The rule's one-sentence summary, or empty when the code is not in the catalogue. */
    String summary(String code) {
        RuleMeta meta = byCode.get(code);
        return meta == null ? "" : meta.summary();
    }

    RuleCatalog catalog() {
        return catalog;
    }
}

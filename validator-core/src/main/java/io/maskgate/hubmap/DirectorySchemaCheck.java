package io.maskgate.hubmap;

import io.maskgate.validation.HubmapSchemaMode;

import io.maskgate.rules.FindingSink;

import java.nio.file.Path;
import java.util.List;

/**
 * Checks one dataset folder against the directory schema, in {@code latest} or {@code any-minor}
 * mode, and reports through the directory rules.
 */
public final class DirectorySchemaCheck {

    private final DirectorySchemas schemas;
    private final List<DirectoryCheck> rules = HubmapRules.directoryChecks();

    public DirectorySchemaCheck(DirectorySchemas schemas) {
        this.schemas = schemas;
    }

    /**
     * Lists {@code dataset}, applies the schema and reports findings with files relative to the
     * validation target ({@code datasetFile} is the dataset folder's own relative path).
     */
    public DirectoryOutcome check(Path dataset, String datasetFile, HubmapSchemaMode mode, IgnoreGlobs ignore, FindingSink sink) {
        DatasetListing listing = DatasetListing.of(dataset);
        DirectoryOutcome outcome = evaluate(listing, datasetFile, mode, ignore);
        for (DirectoryCheck rule : rules) {
            rule.check(outcome, sink);
        }
        return outcome;
    }

    /** Picks the version to apply: the latest, or in any-minor mode the newest that accepts the listing (else the latest). */
    public DirectoryOutcome evaluate(DatasetListing listing, String datasetFile, HubmapSchemaMode mode, IgnoreGlobs ignore) {
        SchemaMatch latest = SchemaMatch.evaluate(schemas.latest(), listing.paths(), ignore);
        if (mode == HubmapSchemaMode.LATEST || latest.passes()) {
            return new DirectoryOutcome(datasetFile, listing, latest, mode, latest.passes());
        }
        for (DirectorySchema schema : schemas.applicableNewestFirst()) {
            SchemaMatch m = SchemaMatch.evaluate(schema, listing.paths(), ignore);
            if (m.passes()) {
                return new DirectoryOutcome(datasetFile, listing, m, mode, true);
            }
        }
        return new DirectoryOutcome(datasetFile, listing, latest, mode, false);
    }
}

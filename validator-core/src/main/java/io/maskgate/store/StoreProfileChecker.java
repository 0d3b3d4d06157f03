package io.maskgate.store;

import io.maskgate.json.JsonSchemas;
import io.maskgate.json.SchemaValidator;
import io.maskgate.rules.FindingSink;
import io.maskgate.zarr.ZarrArrayMetadata;
import io.maskgate.zarr.ZarrGroupMetadata;

import java.util.List;

/**
 * Checks a store's metadata against the multi-hypothesis mask-store profile: attribute types
 * (JSON Schema), the data array's dtype, rank, axis names and chunking, and every consistency
 * invariant between the array shape, the epochs, the acquisition metadata and trench_mapping.
 * Reports findings and never throws on bad metadata; a missing prerequisite skips the checks that
 * need it instead of producing knock-on findings. Linear in the number of trenches.
 * Thread-safe: a check keeps its state in a per-call model.
 */
public final class StoreProfileChecker {

    /** Root attribute types, shipped in the schemas module. */
    public static final String ROOT_SCHEMA = "mask-store-attributes.schema.json";
    /** Data array attribute types. */
    public static final String ARRAY_SCHEMA = "mask-store-array-attributes.schema.json";

    private final SchemaValidator rootSchema = JsonSchemas.load(ROOT_SCHEMA);
    private final SchemaValidator arraySchema = JsonSchemas.load(ARRAY_SCHEMA);

    /** In the order {@link StoreRules} registers them (the order matters, see there). */
    private final List<StoreCheck> checks = StoreRules.checks();

    /**
     * Runs every store check on the store's metadata.
     *
     * @param root     the store's root group (attributes hold the experiment metadata); null when it could not be read
     * @param rootFile its file relative to the target, e.g. {@code zarr.json}
     * @param data     the {@code data} array, or null when it could not be read
     * @param dataFile its file relative to the target, e.g. {@code data/zarr.json}
     */
    public void check(ZarrGroupMetadata root, String rootFile, ZarrArrayMetadata data, String dataFile, FindingSink sink) {
        StoreModel model = new StoreModel(root, rootFile, data, dataFile, rootSchema, arraySchema);
        for (StoreCheck check : checks) {
            check.check(model, sink);
        }
    }

    /** The rule classes this checker runs, in order (for the rule set's consistency test). */
    List<Class<?>> ruleClasses() {
        return checks.stream().<Class<?>>map(Object::getClass).toList();
    }
}

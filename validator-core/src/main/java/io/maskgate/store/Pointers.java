package io.maskgate.store;

/** Builds JSON pointers (RFC 6901) into the store's metadata documents. */
final class Pointers {

    static final String ATTRIBUTES = "/attributes";
    static final String TRENCH_MAPPING = ATTRIBUTES + "/trench_mapping";
    static final String SUBSET = ATTRIBUTES + "/source_subset_metadata";

    private Pointers() {
    }

    /** {@code base/key}, escaping {@code ~} and {@code /} in the key. */
    static String child(String base, String key) {
        return base + "/" + key.replace("~", "~0").replace("/", "~1");
    }

    static String index(String base, int index) {
        return base + "/" + index;
    }

    static String attribute(String key) {
        return child(ATTRIBUTES, key);
    }

    /** {@code /attributes/trench_mapping/<i>}. */
    static String trench(int record) {
        return TRENCH_MAPPING + "/" + record;
    }

    /** {@code /attributes/trench_mapping/<i>/<field>}. */
    static String trench(int record, String field) {
        return TRENCH_MAPPING + "/" + record + "/" + field;
    }
}

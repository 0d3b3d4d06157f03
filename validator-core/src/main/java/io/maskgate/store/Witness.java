package io.maskgate.store;

/**
 * One place in the store that states a quantity (for example the trench count).
 *
 * @param label   how a user recognises it, e.g. {@code n_trenches} or {@code data shape[1]}
 * @param value   the stated value, or null when it is absent or unusable (already reported)
 * @param file    the metadata file holding it
 * @param pointer JSON pointer of the statement in that file
 */
record Witness(String label, Long value, String file, String pointer) {

    static Witness of(String label, Integer value, String file, String pointer) {
        return new Witness(label, value == null ? null : value.longValue(), file, pointer);
    }
}

package io.maskgate.rules;

import java.util.Locale;

/** The area a rule belongs to; used to group findings in reports. */
public enum Category {
    ZARR_METADATA,
    ZARR_CHUNKS,
    STORE_METADATA,
    LABELS,
    HUBMAP_DIRECTORY,
    HUBMAP_METADATA,
    OBJECTS_TABLE,
    OME_TIFF,
    PACKAGING,
    INPUT;

    /** Kebab-case identifier, e.g. {@code zarr-metadata}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}

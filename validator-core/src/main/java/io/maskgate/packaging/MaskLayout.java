package io.maskgate.packaging;

import io.maskgate.validation.UsageException;

import java.util.Locale;

/** How a packaged hypothesis is split into mask files. */
public enum MaskLayout {
    /** One OME-TIFF per trench: the crop as the store holds it. */
    TRENCH,
    /** One OME-TIFF per field of view: every trench put back at its {@code trench_mapping} bounds in the full frame. */
    FOV;

    /** {@code trench} or {@code fov}, case-insensitive. */
    public static MaskLayout parse(String text) {
        for (MaskLayout l : values()) {
            if (l.name().equalsIgnoreCase(text.strip())) {
                return l;
            }
        }
        throw new UsageException("layout '" + text + "' is not one of trench, fov");
    }

    /** The option value: {@code trench} or {@code fov}. */
    public String option() {
        return name().toLowerCase(Locale.ROOT);
    }
}

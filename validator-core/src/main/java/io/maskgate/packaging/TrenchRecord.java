package io.maskgate.packaging;

/**
 * Where one trench crop sits in its field of view ({@code trench_mapping}): its top-left corner in full-frame
 * pixels and whether the crop was flipped vertically when it was cut out; {@code xRight} and {@code yBottom}
 * (exclusive) are null when the record does not give them.
 */
record TrenchRecord(int trenchId, String fov, int xLeft, int yTop, boolean needsFlip, Integer xRight,
                    Integer yBottom) {

    /** A record without {@code x_right} and {@code y_bottom}. */
    TrenchRecord(int trenchId, String fov, int xLeft, int yTop, boolean needsFlip) {
        this(trenchId, fov, xLeft, yTop, needsFlip, null, null);
    }

    /** Full-frame X of crop column {@code x}. */
    double frameX(double x) {
        return xLeft + x;
    }

    /** Full-frame Y of crop row {@code y} in a crop of {@code height} rows (flipped back where needed). */
    double frameY(double y, int height) {
        return needsFlip ? yTop + (height - 1 - y) : yTop + y;
    }
}

package io.maskgate.ometiff;

import io.maskgate.rules.Location;

/**
 * Where one full-resolution plane of an OME-TIFF lies, for its findings: channel and plane (Z + SizeZ × T)
 * when the OME-XML maps planes to IFDs, otherwise only its IFD — without usable OME-XML which channel an
 * IFD holds is unknown, and a guessed channel would point at the wrong mask.
 */
record PlaneRef(int channel, int plane, int ifd, boolean mapped) {

    /** A pixel of the plane; x and y may be null for the whole plane. */
    Location at(Long x, Long y) {
        return mapped ? Location.pixel(channel, plane, x, y) : Location.ifd(ifd, x, y);
    }

    /** The whole plane. */
    Location whole() {
        return at(null, null);
    }
}

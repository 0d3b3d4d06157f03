package io.maskgate.ometiff;

import io.maskgate.rules.Location;

import java.util.List;

/**
 * What the metadata checks of an OME-TIFF look at: the main-chain images (null where an IFD's
 * tags could not be read), whether the chain was read to its end, the OME-XML fields (null when
 * there is no usable OME-XML), and the plane-to-IFD map (null when it could not be built).
 *
 * @param fileName       the file's own name, to compare with TiffData UUID FileName
 * @param fullResolution indexes into {@code pages} of the full-resolution images (reduced ones excluded)
 */
record OmeTiffLayout(String file, String fileName, List<TiffImage> pages, boolean chainComplete, OmeXmlInfo xml,
                     List<Integer> fullResolution, PlaneMap planeMap) {

    /**
     * IFD {@code ifd} for a finding about it: with the channel and plane the plane map assigns to it, or
     * the IFD alone when no plane maps to it (or there is no usable OME-XML).
     */
    Location atIfd(int ifd) {
        if (planeMap != null) {
            int[] map = planeMap.planeToIfd();
            for (int p = 0; p < map.length; p++) {
                if (map[p] == ifd) {
                    int[] zct = planeMap.zct(p);
                    return Location.pixel(zct[1], zct[0] + planeMap.sizeZ() * zct[2], null, null).withIfd(ifd);
                }
            }
        }
        return Location.ifd(ifd, null, null);
    }

    /** True when the OME-XML has a first Image with SizeZ/C/T. */
    boolean hasSizes() {
        return xml != null && xml.imageCount() > 0 && xml.sizeZ() != null && xml.sizeC() != null && xml.sizeT() != null;
    }
}

package io.maskgate.ometiff;

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

    /** True when the OME-XML has a first Image with SizeZ/C/T. */
    boolean hasSizes() {
        return xml != null && xml.imageCount() > 0 && xml.sizeZ() != null && xml.sizeC() != null && xml.sizeT() != null;
    }
}

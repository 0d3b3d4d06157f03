package io.maskgate.ometiff;

import java.util.List;

/**
 * The fields of an OME-XML document that the OME-TIFF checks use, taken from its first Image.
 * Absent attributes are null.
 *
 * @param uuid       {@code OME@UUID}
 * @param imageCount number of {@code Image} elements
 * @param pixelType  {@code Pixels@Type}, e.g. {@code uint16}
 */
public record OmeXmlInfo(String uuid, int imageCount, String dimensionOrder, String pixelType,
                         Long sizeX, Long sizeY, Long sizeZ, Long sizeC, Long sizeT,
                         Double physicalSizeX, String physicalSizeXUnit, Double physicalSizeY, String physicalSizeYUnit,
                         List<Channel> channels, List<TiffData> tiffData) {

    public OmeXmlInfo {
        channels = List.copyOf(channels);
        tiffData = List.copyOf(tiffData);
    }

    /** One {@code Channel}; {@code name} null when absent. */
    public record Channel(String id, String name, Integer samplesPerPixel) {
    }

    /** One {@code TiffData} with its optional {@code UUID} child. */
    public record TiffData(Integer ifd, Integer firstC, Integer firstZ, Integer firstT, Integer planeCount,
                           String uuid, String fileName) {
    }
}

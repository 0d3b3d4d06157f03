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

    /**
     * SizeC counted in channels rather than samples. SizeC counts samples: an RGB channel (one Channel
     * with SamplesPerPixel 3, SizeC 3) is one plane per Z and T, not three (Bio-Formats' effective SizeC =
     * SizeC / SamplesPerPixel). When the Channel elements say so — their samples add up to SizeC and
     * one has more than one — the channels are the Channel elements; otherwise SizeC. Null without SizeC.
     */
    public Long effectiveSizeC() {
        if (sizeC == null || channels.isEmpty()) {
            return sizeC;
        }
        long samples = 0;
        boolean multi = false;
        for (Channel c : channels) {
            int s = c.samplesPerPixel() == null ? 1 : c.samplesPerPixel();
            samples += s;
            multi |= s > 1;
        }
        return multi && samples == sizeC ? (long) channels.size() : sizeC;
    }

    /** True when SizeC counts the samples of multi-sample channels ({@link #effectiveSizeC()} is smaller). */
    public boolean samplesInSizeC() {
        return sizeC != null && !sizeC.equals(effectiveSizeC());
    }

    /** One {@code Channel}; {@code name} null when absent. */
    public record Channel(String id, String name, Integer samplesPerPixel) {
    }

    /** One {@code TiffData} with its optional {@code UUID} child. */
    public record TiffData(Integer ifd, Integer firstC, Integer firstZ, Integer firstT, Integer planeCount,
                           String uuid, String fileName) {
    }
}

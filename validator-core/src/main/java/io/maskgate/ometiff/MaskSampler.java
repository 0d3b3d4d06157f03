package io.maskgate.ometiff;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;

/**
 * Reads the label values at given pixels of one mask channel (e.g. to check that each object's
 * centroid from an objects table lies inside its object), in one streaming pass over the rows.
 * Channel c is the plane (Z = 0, C = c, T = 0) as mapped by the OME-XML TiffData; without usable
 * OME-XML, channel c is full-resolution IFD c.
 */
public final class MaskSampler {

    /** Value returned for a point outside the image. */
    public static final long OUTSIDE = Long.MIN_VALUE;

    private MaskSampler() {
    }

    /**
     * The label at each ({@code xs[i]}, {@code ys[i]}) of channel {@code channel}, or {@link #OUTSIDE}.
     *
     * @throws TiffException when the file or that plane cannot be read (the analyser reports why)
     */
    public static long[] labelsAt(Path file, int channel, long[] xs, long[] ys) throws IOException, TiffException {
        if (xs.length != ys.length) {
            throw new IllegalArgumentException("xs and ys differ in length");
        }
        try (TiffFile tf = TiffFile.open(file)) {
            TiffImage page = planeOf(tf, channel);
            long[] out = new long[xs.length];
            Arrays.fill(out, OUTSIDE);
            Integer[] order = IntStream.range(0, xs.length).boxed().toArray(Integer[]::new);
            Arrays.sort(order, Comparator.comparingLong(i -> ys[i]));
            try (TiffPlaneReader reader = TiffPlaneReader.open(tf, page)) {
                long[] row = new long[reader.width()];
                long y = -1;
                for (int i : order) {
                    if (ys[i] < 0 || ys[i] >= page.height() || xs[i] < 0 || xs[i] >= page.width()) {
                        continue;
                    }
                    while (y < ys[i]) {
                        reader.readRow(row);
                        y++;
                    }
                    out[i] = row[(int) xs[i]];
                }
            }
            return out;
        }
    }

    private static TiffImage planeOf(TiffFile tf, int channel) throws IOException, TiffException {
        var dirs = tf.directories();
        if (dirs.isEmpty()) {
            throw tf.chainError() != null ? tf.chainError() : new TiffException(TiffException.Kind.CORRUPT, "the file has no IFD");
        }
        int ifd = -1;
        try {
            String text = dirs.get(0).text(TiffTags.IMAGE_DESCRIPTION, OmeTiffMaskAnalyzer.DEFAULT_MAX_OME_XML_BYTES);
            if (text != null && text.strip().endsWith("OME>")) {
                OmeXmlInfo xml = OmeXml.read(OmeXml.parseDom(text));
                if (xml.sizeZ() != null && xml.sizeC() != null && xml.sizeT() != null && channel < xml.sizeC()
                        && xml.sizeZ() * xml.sizeC() * xml.sizeT() <= PlaneMap.MAX_PLANES) {
                    PlaneMap map = PlaneMap.build(xml, dirs.size());
                    int plane = PlaneMap.index(map.dimensionOrder(), 0, channel, 0, map.sizeZ(), map.sizeC(), map.sizeT());
                    ifd = map.planeToIfd()[plane];
                }
            }
        } catch (OmeXml.ParseException e) {
            ifd = -1; // fall back to IFD order
        }
        if (ifd < 0) {
            int n = 0;
            for (int i = 0; i < dirs.size(); i++) {
                if ((dirs.get(i).scalar(TiffTags.NEW_SUBFILE_TYPE, 0) & 1) == 0 && n++ == channel) {
                    ifd = i;
                    break;
                }
            }
        }
        if (ifd < 0 || ifd >= dirs.size()) {
            throw new TiffException(TiffException.Kind.CORRUPT, "channel " + channel + " is not mapped to an IFD of the file");
        }
        return TiffImage.of(dirs.get(ifd));
    }
}

package io.maskgate.ometiff;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The mapping of OME planes (Z, C, T in the image's DimensionOrder) to IFDs, built from the
 * TiffData elements as the OME-TIFF specification defines it: IFD defaults to 0, FirstZ/C/T to 0,
 * PlaneCount to 1 when IFD is given and to all remaining planes otherwise; consecutive planes go to
 * consecutive IFDs.
 */
record PlaneMap(int sizeZ, int sizeC, int sizeT, String dimensionOrder, int[] planeToIfd, List<String> problems) {

    /** More planes than this are not mapped (the map is an int per plane). */
    static final long MAX_PLANES = 1_000_000;

    /** The plane index of (z, c, t) in {@code order} (e.g. XYZCT: z fastest). */
    static int index(String order, int z, int c, int t, int sizeZ, int sizeC, int sizeT) {
        int index = 0;
        int stride = 1;
        for (int i = 2; i < 5; i++) {
            char d = order.charAt(i);
            int v = d == 'Z' ? z : d == 'C' ? c : t;
            int size = d == 'Z' ? sizeZ : d == 'C' ? sizeC : sizeT;
            index += v * stride;
            stride *= size;
        }
        return index;
    }

    /** (z, c, t) of a plane index. */
    int[] zct(int plane) {
        int[] out = new int[3];
        int rest = plane;
        for (int i = 2; i < 5; i++) {
            char d = dimensionOrder.charAt(i);
            int size = d == 'Z' ? sizeZ : d == 'C' ? sizeC : sizeT;
            int v = rest % size;
            rest /= size;
            out[d == 'Z' ? 0 : d == 'C' ? 1 : 2] = v;
        }
        return out;
    }

    int planes() {
        return planeToIfd.length;
    }

    /**
     * Builds the map over the {@linkplain OmeXmlInfo#effectiveSizeC() effective} channels; {@code ifdCount}
     * is the number of full-resolution IFDs in the file.
     */
    static PlaneMap build(OmeXmlInfo xml, int ifdCount) {
        int z = (int) (long) xml.sizeZ();
        int c = (int) (long) xml.effectiveSizeC();
        int t = (int) (long) xml.sizeT();
        String order = xml.dimensionOrder() == null ? "XYZCT" : xml.dimensionOrder();
        int planes = z * c * t;
        int[] map = new int[planes];
        Arrays.fill(map, -1);
        List<String> problems = new ArrayList<>();
        if (xml.tiffData().isEmpty()) {
            problems.add("Pixels has no TiffData element, so no plane is mapped to an IFD");
            return new PlaneMap(z, c, t, order, map, problems);
        }
        int k = 0;
        for (OmeXmlInfo.TiffData td : xml.tiffData()) {
            String name = "TiffData " + k++;
            int fz = td.firstZ() == null ? 0 : td.firstZ();
            int fc = td.firstC() == null ? 0 : td.firstC();
            int ft = td.firstT() == null ? 0 : td.firstT();
            if (fz >= z || fc >= c || ft >= t) {
                problems.add(name + " starts at Z=" + fz + ", C=" + fc + ", T=" + ft + ", outside SizeZ=" + z
                        + ", SizeC=" + c + ", SizeT=" + t);
                continue;
            }
            int first = index(order, fz, fc, ft, z, c, t);
            int ifd = td.ifd() == null ? 0 : td.ifd();
            long count = td.planeCount() != null ? td.planeCount() : td.ifd() == null ? planes - first : 1;
            for (long i = 0; i < count; i++) {
                long plane = first + i;
                long target = ifd + i;
                if (plane >= planes) {
                    problems.add(name + " maps " + count + " planes from plane " + first + ", past the last plane ("
                            + (planes - 1) + ")");
                    break;
                }
                if (target >= ifdCount) {
                    problems.add(name + " maps plane " + plane + " to IFD " + target + ", but the file has only "
                            + ifdCount + " image IFDs");
                    break;
                }
                if (map[(int) plane] >= 0) {
                    problems.add(name + " maps plane " + plane + " again (already IFD " + map[(int) plane] + ")");
                    continue;
                }
                map[(int) plane] = (int) target;
            }
        }
        int unmapped = 0;
        int firstUnmapped = -1;
        for (int p = 0; p < planes; p++) {
            if (map[p] < 0) {
                if (unmapped++ == 0) {
                    firstUnmapped = p;
                }
            }
        }
        if (unmapped > 0) {
            problems.add(unmapped + " of " + planes + " planes have no TiffData mapping (first: plane " + firstUnmapped + ")");
        }
        return new PlaneMap(z, c, t, order, map, problems);
    }

    /** One plane per IFD, in DimensionOrder, used when the file has no usable OME-XML. */
    static PlaneMap identity(int ifdCount) {
        int[] map = new int[ifdCount];
        for (int i = 0; i < ifdCount; i++) {
            map[i] = i;
        }
        return new PlaneMap(1, ifdCount, 1, "XYZCT", map, List.of());
    }
}

package io.maskgate.ometiff;

import java.util.Arrays;

/**
 * Per-label statistics of one mask channel, sorted by label, in primitive arrays (a mask can
 * have millions of labels). Index {@code i} runs over {@code 0 .. size()-1}; use
 * {@link #indexOf(long)} to find a label. Bounding boxes are inclusive pixel coordinates (over all
 * planes of the channel); centroids are pixel means (origin top-left, x right, y down).
 */
public final class LabelStats {

    private final long[] labels;
    private final long[] pixels;
    private final int[] box; // minX, minY, maxX, maxY per label
    private final long[] sumX;
    private final long[] sumY;
    private final int[] components;
    private final int[] firstX;
    private final int[] plane;

    LabelStats(long[] labels, long[] pixels, int[] box, long[] sumX, long[] sumY, int[] components, int[] firstX) {
        this(labels, pixels, box, sumX, sumY, components, firstX, new int[labels.length]);
    }

    private LabelStats(long[] labels, long[] pixels, int[] box, long[] sumX, long[] sumY, int[] components, int[] firstX,
                       int[] plane) {
        this.labels = labels;
        this.pixels = pixels;
        this.box = box;
        this.sumX = sumX;
        this.sumY = sumY;
        this.components = components;
        this.firstX = firstX;
        this.plane = plane;
    }

    /** These statistics as those of plane {@code p} of the channel (Z + SizeZ × T): every label's first plane. */
    LabelStats inPlane(int p) {
        int[] planes = new int[labels.length];
        Arrays.fill(planes, p);
        return new LabelStats(labels, pixels, box, sumX, sumY, components, firstX, planes);
    }

    static LabelStats empty() {
        return new LabelStats(new long[0], new long[0], new int[0], new long[0], new long[0], new int[0], new int[0]);
    }

    /** Number of distinct labels (values ≥ 1). */
    public int size() {
        return labels.length;
    }

    /** The labels, ascending (a copy). */
    public long[] labels() {
        return labels.clone();
    }

    public long label(int i) {
        return labels[i];
    }

    /** Index of {@code label}, or a negative number when the channel does not contain it. */
    public int indexOf(long label) {
        return Arrays.binarySearch(labels, label);
    }

    public long pixelCount(int i) {
        return pixels[i];
    }

    public int minX(int i) {
        return box[4 * i];
    }

    public int minY(int i) {
        return box[4 * i + 1];
    }

    public int maxX(int i) {
        return box[4 * i + 2];
    }

    public int maxY(int i) {
        return box[4 * i + 3];
    }

    public double centroidX(int i) {
        return (double) sumX[i] / pixels[i];
    }

    public double centroidY(int i) {
        return (double) sumY[i] / pixels[i];
    }

    /** Number of separate 4-connected parts of the label (summed over planes). */
    public int components(int i) {
        return components[i];
    }

    /** The first pixel of the label in raster order: ({@code firstX(i)}, {@code minY(i)}) of its first plane. */
    public int firstX(int i) {
        return firstX[i];
    }

    /** The first plane of the channel (Z + SizeZ × T) that holds the label. */
    public int plane(int i) {
        return plane[i];
    }

    /** Total labelled (non-zero) pixels. */
    public long foregroundPixels() {
        long n = 0;
        for (long p : pixels) {
            n += p;
        }
        return n;
    }

    /** Labels of this and {@code other}, a later plane of the same channel, combined. */
    LabelStats merge(LabelStats other) {
        if (other.size() == 0) {
            return this;
        }
        if (size() == 0) {
            return other;
        }
        int n = 0;
        long[] l = new long[size() + other.size()];
        long[] p = new long[l.length];
        int[] b = new int[4 * l.length];
        long[] sx = new long[l.length];
        long[] sy = new long[l.length];
        int[] c = new int[l.length];
        int[] fx = new int[l.length];
        int[] pl = new int[l.length];
        int i = 0;
        int j = 0;
        while (i < size() || j < other.size()) {
            boolean takeThis = j >= other.size() || (i < size() && labels[i] <= other.labels[j]);
            boolean both = i < size() && j < other.size() && labels[i] == other.labels[j];
            LabelStats s = takeThis ? this : other;
            int k = takeThis ? i : j;
            l[n] = s.labels[k];
            p[n] = s.pixels[k];
            System.arraycopy(s.box, 4 * k, b, 4 * n, 4);
            sx[n] = s.sumX[k];
            sy[n] = s.sumY[k];
            c[n] = s.components[k];
            fx[n] = s.firstX[k];
            pl[n] = s.plane[k];
            if (both) {
                p[n] += other.pixels[j];
                b[4 * n] = Math.min(b[4 * n], other.box[4 * j]);
                b[4 * n + 1] = Math.min(b[4 * n + 1], other.box[4 * j + 1]);
                b[4 * n + 2] = Math.max(b[4 * n + 2], other.box[4 * j + 2]);
                b[4 * n + 3] = Math.max(b[4 * n + 3], other.box[4 * j + 3]);
                sx[n] += other.sumX[j];
                sy[n] += other.sumY[j];
                c[n] += other.components[j];
                i++;
                j++;
            } else if (takeThis) {
                i++;
            } else {
                j++;
            }
            n++;
        }
        return new LabelStats(Arrays.copyOf(l, n), Arrays.copyOf(p, n), Arrays.copyOf(b, 4 * n), Arrays.copyOf(sx, n),
                Arrays.copyOf(sy, n), Arrays.copyOf(c, n), Arrays.copyOf(fx, n), Arrays.copyOf(pl, n));
    }
}

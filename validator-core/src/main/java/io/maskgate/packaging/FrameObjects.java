package io.maskgate.packaging;

import java.util.Arrays;

/**
 * Measures the objects of one uint8 label frame: pixel count, moments, bounding box of every label, and which
 * labels touch (4-neighbours). One instance per thread, reused for every frame: it allocates nothing per frame,
 * and resets only the labels a frame used.
 */
final class FrameObjects {

    static final int LABELS = 256;

    private final int width;
    private final int height;
    final long[] count = new long[LABELS];
    final long[] sumX = new long[LABELS];
    final long[] sumY = new long[LABELS];
    final long[] sumXX = new long[LABELS];
    final long[] sumYY = new long[LABELS];
    final long[] sumXY = new long[LABELS];
    final int[] minX = new int[LABELS];
    final int[] maxX = new int[LABELS];
    final int[] minY = new int[LABELS];
    final int[] maxY = new int[LABELS];
    /** Labels present in the frame, ascending; {@link #labelCount} of them. */
    final int[] labels = new int[LABELS];
    int labelCount;
    /** Touching pairs (a < b) packed as {@code a << 8 | b}, in order of first contact; {@link #pairCount} of them. */
    final int[] pairs = new int[LABELS * LABELS];
    int pairCount;
    private final boolean[] paired = new boolean[LABELS * LABELS];

    FrameObjects(int width, int height) {
        this.width = width;
        this.height = height;
        Arrays.fill(minX, Integer.MAX_VALUE);
        Arrays.fill(minY, Integer.MAX_VALUE);
        Arrays.fill(maxX, -1);
        Arrays.fill(maxY, -1);
    }

    /** Counts the distinct non-zero labels of the frame at {@code offset} without measuring them. */
    static int countLabels(byte[] movie, int offset, int pixels, boolean[] seen) {
        int n = 0;
        for (int i = offset, end = offset + pixels; i < end; i++) {
            int v = movie[i] & 0xFF;
            if (v != 0 && !seen[v]) {
                seen[v] = true;
                n++;
            }
        }
        if (n > 0) {
            for (int i = offset, end = offset + pixels; i < end; i++) {
                seen[movie[i] & 0xFF] = false;
            }
        }
        return n;
    }

    /** Measures the frame of {@code width × height} bytes at {@code offset} of {@code movie}. */
    void measure(byte[] movie, int offset) {
        reset();
        for (int y = 0; y < height; y++) {
            int row = offset + y * width;
            for (int x = 0; x < width; x++) {
                int v = movie[row + x] & 0xFF;
                if (v == 0) {
                    continue;
                }
                if (count[v]++ == 0) {
                    labels[labelCount++] = v;
                }
                sumX[v] += x;
                sumY[v] += y;
                sumXX[v] += (long) x * x;
                sumYY[v] += (long) y * y;
                sumXY[v] += (long) x * y;
                if (x < minX[v]) {
                    minX[v] = x;
                }
                if (x > maxX[v]) {
                    maxX[v] = x;
                }
                if (y < minY[v]) {
                    minY[v] = y;
                }
                maxY[v] = y;
                if (x + 1 < width) {
                    touch(v, movie[row + x + 1] & 0xFF);
                }
                if (y + 1 < height) {
                    touch(v, movie[row + width + x] & 0xFF);
                }
            }
        }
        Arrays.sort(labels, 0, labelCount);
    }

    private void touch(int a, int b) {
        if (b == 0 || b == a) {
            return;
        }
        int key = a < b ? a << 8 | b : b << 8 | a;
        if (!paired[key]) {
            paired[key] = true;
            pairs[pairCount++] = key;
        }
    }

    private void reset() {
        for (int i = 0; i < labelCount; i++) {
            int v = labels[i];
            count[v] = 0;
            sumX[v] = 0;
            sumY[v] = 0;
            sumXX[v] = 0;
            sumYY[v] = 0;
            sumXY[v] = 0;
            minX[v] = Integer.MAX_VALUE;
            minY[v] = Integer.MAX_VALUE;
            maxX[v] = -1;
            maxY[v] = -1;
        }
        labelCount = 0;
        for (int i = 0; i < pairCount; i++) {
            paired[pairs[i]] = false;
        }
        pairCount = 0;
    }

    /** Centroid X of label {@code v} in pixels. */
    double centroidX(int v) {
        return (double) sumX[v] / count[v];
    }

    double centroidY(int v) {
        return (double) sumY[v] / count[v];
    }

    /**
     * Major and minor axis lengths in pixels of the ellipse with the label's second moments (4·√λ of the
     * pixel-coordinate covariance, as scikit-image's regionprops), into {@code out[0]}, {@code out[1]}.
     */
    void axes(int v, double[] out) {
        double n = count[v];
        double mx = sumX[v] / n;
        double my = sumY[v] / n;
        double cxx = sumXX[v] / n - mx * mx;
        double cyy = sumYY[v] / n - my * my;
        double cxy = sumXY[v] / n - mx * my;
        double mean = (cxx + cyy) / 2;
        double root = Math.sqrt(Math.max(0, (cxx - cyy) * (cxx - cyy) / 4 + cxy * cxy));
        out[0] = 4 * Math.sqrt(Math.max(0, mean + root));
        out[1] = 4 * Math.sqrt(Math.max(0, mean - root));
    }
}

package io.maskgate.labels;

import java.util.Random;

/** Test-only frame painters: rod-shaped cells like mother-machine masks, and pathological patterns. */
public final class TestFrames {

    private TestFrames() {
    }

    /**
     * Paints {@code n} non-overlapping vertical rods (capsules) stacked down the trench, labelled
     * 1..n in raster order of their first pixel, as Omnipose would. Returns the number painted.
     */
    public static int rods(byte[] data, int offset, int height, int width, int n, Random rnd) {
        int y = rnd.nextInt(4);
        int painted = 0;
        while (painted < n) {
            int len = 15 + rnd.nextInt(30);
            int w = Math.min(width, 7 + rnd.nextInt(3));
            if (y + len > height) {
                break;
            }
            int x0 = Math.max(0, (width - w) / 2 + rnd.nextInt(5) - 2);
            x0 = Math.min(x0, width - w);
            painted++;
            capsule(data, offset, width, y, len, x0, w, painted);
            y += len + 1 + rnd.nextInt(3);
        }
        return painted;
    }

    /** A capsule: a rectangle whose two end rows are inset by one pixel on each side. */
    public static void capsule(byte[] data, int offset, int width, int y0, int len, int x0, int w, int label) {
        for (int dy = 0; dy < len; dy++) {
            int inset = (dy == 0 || dy == len - 1) && w > 2 ? 1 : 0;
            for (int x = x0 + inset; x < x0 + w - inset; x++) {
                data[offset + (y0 + dy) * width + x] = (byte) label;
            }
        }
    }

    /** Fills a rectangle with one label. */
    public static void rect(byte[] data, int offset, int width, int y0, int y1, int x0, int x1, int label) {
        for (int y = y0; y < y1; y++) {
            for (int x = x0; x < x1; x++) {
                data[offset + y * width + x] = (byte) label;
            }
        }
    }

    /** Sets one pixel. */
    public static void pixel(byte[] data, int offset, int width, int y, int x, int label) {
        data[offset + y * width + x] = (byte) label;
    }
}

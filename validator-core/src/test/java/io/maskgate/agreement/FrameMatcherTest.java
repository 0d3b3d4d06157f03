package io.maskgate.agreement;

import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;

class FrameMatcherTest {

    private static final int H = 23;
    private static final int W = 13;  // 299 px: not a multiple of 8, so the tail loop runs too

    @Test
    void identicalFramesMatchEveryObjectWithIouOne() {
        byte[] frame = new byte[H * W];
        paint(frame, 7, 2, 2, 6, 5);
        paint(frame, 200, 10, 3, 15, 9);
        FrameMatch m = match(frame, frame);
        assertEquals(2, m.referenceObjects());
        assertEquals(2, m.matched());
        assertEquals(1.0, m.meanIou(), 1e-9);
        assertEquals(1.0, m.f1(), 1e-9);
        assertEquals(0, m.kinds());
    }

    @Test
    void labelValuesDoNotMatterOnlyPixels() {
        byte[] a = new byte[H * W];
        byte[] b = new byte[H * W];
        paint(a, 1, 2, 2, 6, 5);
        paint(a, 2, 10, 3, 15, 9);
        paint(b, 2, 2, 2, 6, 5);    // same cells, labels swapped
        paint(b, 1, 10, 3, 15, 9);
        FrameMatch m = match(a, b);
        assertEquals(2, m.matched());
        assertEquals(1.0, m.f1(), 1e-9);
    }

    @Test
    void namesSplitMergeMissingExtraAndShifted() {
        byte[] ref = new byte[H * W];
        paint(ref, 1, 0, 0, 10, 4);     // split in the other frame
        byte[] other = new byte[H * W];
        paint(other, 1, 0, 0, 5, 4);
        paint(other, 2, 5, 0, 10, 4);
        FrameMatch split = match(ref, other);
        assertEquals(1, split.splits());
        assertEquals(0, split.missing());
        assertEquals(0, split.extra());
        assertEquals(Kinds.SPLIT, split.kinds());
        assertEquals(Kinds.MERGE, match(other, ref).kinds());

        byte[] gone = new byte[H * W];
        FrameMatch missing = match(ref, gone);
        assertEquals(1, missing.missing());
        assertEquals(Kinds.MISSING, missing.kinds());
        assertEquals(Kinds.EXTRA, match(gone, ref).kinds());
        assertEquals(0, missing.f1(), 1e-9);

        byte[] moved = new byte[H * W];
        paint(moved, 9, 6, 0, 16, 4);   // overlaps 4 of 10 rows: IoU 40/120
        FrameMatch shifted = match(ref, moved);
        assertEquals(1, shifted.shifted());
        assertEquals(0, shifted.matched());
        assertEquals(Kinds.SHIFTED, shifted.kinds());
    }

    @Test
    void bothEmptyIsPerfectAgreement() {
        FrameMatch m = match(new byte[H * W], new byte[H * W]);
        assertEquals(1.0, m.f1(), 1e-9);
        assertEquals(0, m.referenceObjects());
    }

    @Test
    void agreesWithBruteForceOnRandomFrames() {
        Random random = new Random(11);
        FrameMatcher matcher = new FrameMatcher(H * W);
        FrameMatch m = new FrameMatch();
        for (int round = 0; round < 3000; round++) {
            byte[] a = randomFrame(random);
            byte[] b = random.nextInt(3) == 0 ? randomFrame(random) : perturb(a, random);
            matcher.match(a, 0, b, 0, m);
            BruteForce expected = new BruteForce(a, b);
            String what = "round " + round;
            assertEquals(expected.refObjects, m.referenceObjects(), what);
            assertEquals(expected.objects, m.objects(), what);
            assertEquals(expected.matched, m.matched(), what);
            assertEquals(expected.iouSum, m.iouMicros() / 1e6, 1e-5 * Math.max(1, expected.matched), what);
            assertEquals(expected.minIou, m.minIouMicros() / 1e6, 1e-6, what);
            assertEquals(expected.splits, m.splits(), what);
            assertEquals(expected.merges, m.merges(), what);
            assertEquals(expected.missing, m.missing(), what);
            assertEquals(expected.extra, m.extra(), what);
            assertEquals(expected.shifted, m.shifted(), what);
        }
    }

    private static FrameMatch match(byte[] ref, byte[] other) {
        FrameMatch m = new FrameMatch();
        new FrameMatcher(H * W).match(ref, 0, other, 0, m);
        return m;
    }

    private static void paint(byte[] frame, int label, int y0, int x0, int y1, int x1) {
        for (int y = y0; y < y1; y++) {
            for (int x = x0; x < x1; x++) {
                frame[y * W + x] = (byte) label;
            }
        }
    }

    private static byte[] randomFrame(Random random) {
        byte[] f = new byte[H * W];
        int n = random.nextInt(7);
        for (int i = 0; i < n; i++) {
            int y0 = random.nextInt(H);
            int x0 = random.nextInt(W);
            paint(f, 1 + random.nextInt(255), y0, x0, Math.min(H, y0 + 1 + random.nextInt(9)),
                    Math.min(W, x0 + 1 + random.nextInt(7)));
        }
        return f;
    }

    /** Shifts, splits and relabels the objects of {@code a}: frames that mostly agree, as checkpoints do. */
    private static byte[] perturb(byte[] a, Random random) {
        byte[] b = new byte[H * W];
        int dy = random.nextInt(3) - 1;
        int dx = random.nextInt(3) - 1;
        int[] relabel = new int[256];
        for (int l = 1; l < 256; l++) {
            relabel[l] = 1 + random.nextInt(255);
        }
        int cut = random.nextInt(H);
        for (int y = 0; y < H; y++) {
            for (int x = 0; x < W; x++) {
                int l = a[y * W + x] & 0xFF;
                int ty = y + dy;
                int tx = x + dx;
                if (l == 0 || ty < 0 || ty >= H || tx < 0 || tx >= W) {
                    continue;
                }
                int v = relabel[l];
                if (ty >= cut && random.nextInt(4) == 0) {
                    v = (v * 7 + 3) % 255 + 1;   // a second piece below the cut
                }
                b[ty * W + tx] = (byte) v;
            }
        }
        return b;
    }

    /** Every quantity computed from its definition, with an exhaustive optimal matching. */
    private static final class BruteForce {
        int refObjects;
        int objects;
        int matched;
        double iouSum;
        double minIou = 1;
        int splits;
        int merges;
        int missing;
        int extra;
        int shifted;

        BruteForce(byte[] a, byte[] b) {
            long[] areaA = new long[256];
            long[] areaB = new long[256];
            long[][] overlap = new long[256][256];
            for (int i = 0; i < a.length; i++) {
                int la = a[i] & 0xFF;
                int lb = b[i] & 0xFF;
                areaA[la]++;
                areaB[lb]++;
                overlap[la][lb]++;
            }
            int[] ra = labels(areaA);
            int[] rb = labels(areaB);
            refObjects = ra.length;
            objects = rb.length;
            double[][] iou = new double[ra.length][rb.length];
            for (int i = 0; i < ra.length; i++) {
                for (int j = 0; j < rb.length; j++) {
                    long o = overlap[ra[i]][rb[j]];
                    iou[i][j] = (double) o / (areaA[ra[i]] + areaB[rb[j]] - o);
                }
            }
            // Optimal one-to-one matching among pairs above 0.5: most pairs, then largest IoU sum, by search.
            double[] best = search(iou, 0, new boolean[rb.length]);
            matched = (int) best[0];
            iouSum = best[1];
            boolean[] matchedA = new boolean[ra.length];
            boolean[] matchedB = new boolean[rb.length];
            for (int i = 0; i < ra.length; i++) {
                for (int j = 0; j < rb.length; j++) {
                    if (iou[i][j] > 0.5) {
                        minIou = Math.min(minIou, iou[i][j]);
                        matchedA[i] = true;
                        matchedB[j] = true;
                    }
                }
            }
            boolean[] partA = new boolean[ra.length];
            boolean[] partB = new boolean[rb.length];
            for (int i = 0; i < ra.length; i++) {
                int covering = 0;
                for (int j = 0; j < rb.length; j++) {
                    if (5 * overlap[ra[i]][rb[j]] >= areaA[ra[i]]) {
                        covering++;
                    }
                }
                if (covering >= 2) {
                    splits++;
                    partA[i] = true;
                    for (int j = 0; j < rb.length; j++) {
                        if (5 * overlap[ra[i]][rb[j]] >= areaA[ra[i]]) {
                            partB[j] = true;
                        }
                    }
                }
            }
            for (int j = 0; j < rb.length; j++) {
                int covering = 0;
                for (int i = 0; i < ra.length; i++) {
                    if (5 * overlap[ra[i]][rb[j]] >= areaB[rb[j]]) {
                        covering++;
                    }
                }
                if (covering >= 2) {
                    merges++;
                    partB[j] = true;
                    for (int i = 0; i < ra.length; i++) {
                        if (5 * overlap[ra[i]][rb[j]] >= areaB[rb[j]]) {
                            partA[i] = true;
                        }
                    }
                }
            }
            boolean[] shiftedB = new boolean[rb.length];
            for (int i = 0; i < ra.length; i++) {
                if (matchedA[i] || partA[i]) {
                    continue;
                }
                boolean s = false;
                for (int j = 0; j < rb.length; j++) {
                    if (!matchedB[j] && !partB[j] && overlap[ra[i]][rb[j]] > 0) {
                        s = true;
                        shiftedB[j] = true;
                    }
                }
                if (s) {
                    shifted++;
                } else {
                    missing++;
                }
            }
            for (int j = 0; j < rb.length; j++) {
                if (!matchedB[j] && !partB[j] && !shiftedB[j]) {
                    extra++;
                }
            }
        }

        private static int[] labels(long[] area) {
            int n = 0;
            for (int l = 1; l < 256; l++) {
                n += area[l] > 0 ? 1 : 0;
            }
            int[] out = new int[n];
            for (int l = 1, k = 0; l < 256; l++) {
                if (area[l] > 0) {
                    out[k++] = l;
                }
            }
            return out;
        }

        /** {matched pairs, IoU sum} of the best assignment of rows i.. to unused columns. */
        private static double[] search(double[][] iou, int i, boolean[] used) {
            if (i == iou.length) {
                return new double[] {0, 0};
            }
            double[] best = search(iou, i + 1, used);
            for (int j = 0; j < used.length; j++) {
                if (!used[j] && iou[i][j] > 0.5) {
                    used[j] = true;
                    double[] r = search(iou, i + 1, used);
                    used[j] = false;
                    if (r[0] + 1 > best[0] || (r[0] + 1 == best[0] && r[1] + iou[i][j] > best[1])) {
                        best = new double[] {r[0] + 1, r[1] + iou[i][j]};
                    }
                }
            }
            return best;
        }
    }
}

package io.maskgate.ometiff;

import org.junit.jupiter.api.Test;

import java.util.ArrayDeque;
import java.util.Random;
import java.util.SortedMap;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LabelScannerTest {

    private static LabelStats scan(long[][] img, LabelScanner s) {
        for (int y = 0; y < img.length; y++) {
            s.row(y, img[y]);
        }
        s.finish();
        return s.stats();
    }

    /** Reference: 4-connected components per label by flood fill. */
    private static SortedMap<Long, Integer> floodComponents(long[][] img) {
        int h = img.length;
        int w = img[0].length;
        boolean[][] seen = new boolean[h][w];
        TreeMap<Long, Integer> comps = new TreeMap<>();
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                if (img[y][x] <= 0 || seen[y][x]) {
                    continue;
                }
                long v = img[y][x];
                comps.merge(v, 1, Integer::sum);
                ArrayDeque<int[]> q = new ArrayDeque<>();
                q.add(new int[] {x, y});
                seen[y][x] = true;
                while (!q.isEmpty()) {
                    int[] p = q.poll();
                    int[][] nb = {{p[0] + 1, p[1]}, {p[0] - 1, p[1]}, {p[0], p[1] + 1}, {p[0], p[1] - 1}};
                    for (int[] n : nb) {
                        if (n[0] >= 0 && n[1] >= 0 && n[0] < w && n[1] < h && !seen[n[1]][n[0]] && img[n[1]][n[0]] == v) {
                            seen[n[1]][n[0]] = true;
                            q.add(n);
                        }
                    }
                }
            }
        }
        return comps;
    }

    @Test
    void componentCountsMatchFloodFillOnRandomImages() {
        Random r = new Random(42);
        for (int trial = 0; trial < 300; trial++) {
            int w = 1 + r.nextInt(24);
            int h = 1 + r.nextInt(24);
            int labels = 1 + r.nextInt(5);
            long[][] img = new long[h][w];
            for (int y = 0; y < h; y++) {
                for (int x = 0; x < w; x++) {
                    img[y][x] = r.nextInt(3) == 0 ? 0 : 1 + r.nextInt(labels);
                }
            }
            LabelStats s = scan(img, new LabelScanner(w, 1000, null));
            SortedMap<Long, Integer> expected = floodComponents(img);
            assertEquals(expected.size(), s.size(), "trial " + trial);
            int i = 0;
            for (var e : expected.entrySet()) {
                assertEquals(e.getKey(), s.label(i));
                assertEquals(e.getValue(), s.components(i), "trial " + trial + " label " + e.getKey());
                i++;
            }
        }
    }

    @Test
    void statsOfAUShapeThatJoinsAtTheBottom() {
        long[][] img = {
                {5, 0, 5, 0},
                {5, 0, 5, 0},
                {5, 5, 5, 9},
        };
        LabelStats s = scan(img, new LabelScanner(4, 10, null));
        assertArrayEquals(new long[] {5, 9}, s.labels());
        assertEquals(1, s.components(0));
        assertEquals(7, s.pixelCount(0));
        assertEquals(0, s.minX(0));
        assertEquals(0, s.minY(0));
        assertEquals(2, s.maxX(0));
        assertEquals(2, s.maxY(0));
        assertEquals((0 + 2 + 0 + 2 + 0 + 1 + 2) / 7.0, s.centroidX(0), 1e-9);
        assertEquals((0 + 0 + 1 + 1 + 2 + 2 + 2) / 7.0, s.centroidY(0), 1e-9);
        assertEquals(3, s.firstX(1));
    }

    @Test
    void diagonalTouchIsTwoComponentsAndDetailModeGivesTheirBoxes() {
        long[][] img = {
                {3, 0, 0},
                {0, 3, 3},
                {0, 0, 0},
                {3, 0, 0},
        };
        LabelStats s = scan(img, new LabelScanner(3, 10, null));
        assertEquals(3, s.components(0));
        LabelScanner d = new LabelScanner(3, 10, new long[] {3});
        scan(img, d);
        int[] parts = d.parts(3);
        assertEquals(12, parts.length);
        // closed in order: the top-left pixel (closes at row 1), the pair (closes at row 2), the last pixel
        assertArrayEquals(new int[] {0, 0, 0, 0, 1, 1, 2, 1, 0, 3, 0, 3}, parts);
    }

    @Test
    void negativeValuesAreCountedNotLabelled() {
        long[][] img = {{0, -2, -5}, {1, 1, 0}};
        LabelScanner sc = new LabelScanner(3, 10, null);
        LabelStats s = scan(img, sc);
        assertEquals(2, sc.negativePixels());
        assertEquals(-5, sc.negativeMin());
        assertEquals(1, sc.negativeX());
        assertEquals(0, sc.negativeY());
        assertArrayEquals(new long[] {1}, s.labels());
    }

    @Test
    void labelLimitStopsTheScan() {
        long[][] img = {{1, 2, 3, 4}};
        LabelScanner sc = new LabelScanner(4, 3, null);
        scan(img, sc);
        assertTrue(sc.overflow());
    }

    @Test
    void mergeCombinesPlanes() {
        LabelStats a = scan(new long[][] {{1, 0, 2}}, new LabelScanner(3, 10, null));
        LabelStats b = scan(new long[][] {{0, 2, 3}}, new LabelScanner(3, 10, null));
        LabelStats m = a.merge(b);
        assertArrayEquals(new long[] {1, 2, 3}, m.labels());
        assertEquals(2, m.pixelCount(1));
        assertEquals(2, m.components(1));
        assertEquals(1, m.minX(1));
        assertEquals(2, m.maxX(1));
    }
}

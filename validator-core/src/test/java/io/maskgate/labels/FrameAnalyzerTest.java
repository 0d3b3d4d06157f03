package io.maskgate.labels;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FrameAnalyzerTest {

    private static final int[][] SHAPES = {{164, 34}, {1, 1}, {1, 9}, {9, 1}, {3, 7}, {5, 8}, {17, 33}, {7, 64}, {11, 13}, {40, 17},
            {9, 40}, {30, 37}, {6, 41}, {12, 32}};

    /** Frame bytes at a non-zero offset, surrounded by non-zero garbage that must not leak into results. */
    private static byte[] buffer(int offset, int size, Random rnd) {
        byte[] data = new byte[offset + size + 13];
        rnd.nextBytes(data);
        Arrays.fill(data, offset, offset + size, (byte) 0);
        return data;
    }

    /** Compares every result with the reference; returns whether the exact path was needed. */
    private static boolean assertMatchesReference(byte[] data, int offset, int h, int w, String what) {
        FrameAnalyzer a = new FrameAnalyzer(h, w);
        // Analyse an unrelated frame first: results must not depend on the previous frame.
        byte[] other = new byte[h * w];
        Arrays.fill(other, (byte) 7);
        a.analyze(other, 0);
        a.analyze(data, offset);
        ReferenceLabelling ref = new ReferenceLabelling(data, offset, h, w);
        // What the hot path reads, before any detail getter can switch to the exact path.
        assertEquals(ref.order.size(), a.labelCount(), what + ": label count");
        assertEquals(ref.maxLabel, a.maxLabel(), what + ": max label");
        for (int i = 0; i < a.labelCount(); i++) {
            assertEquals(ref.order.get(i), a.labelAt(i), what + ": raster order of first pixels");
        }
        for (int label = 1; label < 256; label++) {
            assertEquals(ref.area[label] > 0, a.present(label), what + ": present " + label);
            assertEquals(ref.area[label], a.area(label), what + ": area " + label);
            assertEquals(ref.boxes.get(label).size(), a.components(label), what + ": components of " + label);
        }
        boolean exact = a.exactPathUsed();
        for (int label = 1; label < 256; label++) {
            if (ref.area[label] == 0) {
                continue;
            }
            assertEquals(ref.minY[label], a.minY(label), what + ": minY " + label);
            assertEquals(ref.maxY[label], a.maxY(label), what + ": maxY " + label);
            assertEquals(ref.minX[label], a.minX(label), what + ": minX " + label);
            assertEquals(ref.maxX[label], a.maxX(label), what + ": maxX " + label);
            assertEquals(ref.first[label], a.firstPixel(label), what + ": first pixel " + label);
            List<int[]> refBoxes = ref.boxes.get(label);
            int[][] boxes = a.componentBoxes(label);
            assertEquals(refBoxes.size(), boxes.length, what + ": boxes of " + label);
            for (int c = 0; c < boxes.length; c++) {
                assertArrayEquals(refBoxes.get(c), boxes[c], what + ": box " + c + " of " + label);
            }
            // Details switch to the exact path; the summary must not change.
            assertEquals(ref.area[label], a.area(label), what + ": area after details " + label);
        }
        assertEquals(ref.order.size(), a.labelCount(), what + ": label count after details");
        return exact;
    }

    @Test
    void randomRodsMatchReference() {
        Random rnd = new Random(1);
        int fast = 0;
        for (int i = 0; i < 400; i++) {
            int offset = rnd.nextInt(20);
            byte[] data = buffer(offset, 164 * 34, rnd);
            TestFrames.rods(data, offset, 164, 34, rnd.nextInt(12), rnd);
            fast += assertMatchesReference(data, offset, 164, 34, "rods #" + i) ? 0 : 1;
        }
        assertEquals(400, fast, "clean rods take the fast path");
    }

    @Test
    void rodsAnywhereAcrossTheWidthMatchReferenceOnTheFastPath() {
        // The fast path for 33..40 px rows has a shortcut for rows whose pixels all lie in 8..23 and
        // a five-word test for the others: rods at any x, edges included, must give the same results.
        Random rnd = new Random(7);
        int fast = 0;
        int frames = 0;
        for (int width : new int[] {33, 34, 37, 40}) {
            for (int i = 0; i < 100; i++) {
                int height = 60 + rnd.nextInt(110);
                byte[] data = buffer(3, height * width, rnd);
                int y = rnd.nextInt(3);
                for (int label = 1; ; label++) {
                    int len = 3 + rnd.nextInt(25);
                    int w = 1 + rnd.nextInt(12);
                    if (y + len > height) {
                        break;
                    }
                    int x0 = i % 4 == 0 ? (rnd.nextBoolean() ? 0 : width - w) : rnd.nextInt(width - w + 1);
                    TestFrames.capsule(data, 3, width, y, len, x0, w, label);
                    y += len + 1 + rnd.nextInt(2);
                }
                frames++;
                fast += assertMatchesReference(data, 3, height, width, "rods at any x, width " + width + " #" + i) ? 0 : 1;
            }
        }
        assertEquals(frames, fast, "simple stacks take the fast path");
    }

    @Test
    void randomNoiseMatchesReferenceOnManyShapes() {
        Random rnd = new Random(2);
        for (int i = 0; i < 600; i++) {
            int[] shape = SHAPES[i % SHAPES.length];
            int h = shape[0];
            int w = shape[1];
            int offset = rnd.nextInt(9);
            byte[] data = buffer(offset, h * w, rnd);
            int labels = 1 + rnd.nextInt(i % 3 == 0 ? 255 : 4);
            double density = rnd.nextDouble();
            for (int p = 0; p < h * w; p++) {
                if (rnd.nextDouble() < density) {
                    data[offset + p] = (byte) (1 + rnd.nextInt(labels));
                }
            }
            assertMatchesReference(data, offset, h, w, "noise #" + i + " " + h + "x" + w);
        }
    }

    @Test
    void blobsOfFewLabelsMatchReference() {
        // Random rectangles of a few labels overlap into irregular, often split or holed shapes.
        Random rnd = new Random(3);
        for (int i = 0; i < 400; i++) {
            int[] shape = SHAPES[i % SHAPES.length];
            int h = shape[0];
            int w = shape[1];
            byte[] data = buffer(0, h * w, rnd);
            int rects = rnd.nextInt(30);
            for (int r = 0; r < rects; r++) {
                int y0 = rnd.nextInt(h);
                int x0 = rnd.nextInt(w);
                TestFrames.rect(data, 0, w, y0, y0 + 1 + rnd.nextInt(h - y0), x0, x0 + 1 + rnd.nextInt(w - x0),
                        rnd.nextInt(4));
            }
            assertMatchesReference(data, 0, h, w, "blobs #" + i);
        }
    }

    @Test
    void checkerboardsMatchReference() {
        for (int[] shape : SHAPES) {
            int h = shape[0];
            int w = shape[1];
            byte[] one = new byte[h * w];
            byte[] two = new byte[h * w];
            for (int y = 0; y < h; y++) {
                for (int x = 0; x < w; x++) {
                    one[y * w + x] = (byte) ((x + y) % 2 == 0 ? 5 : 0);
                    two[y * w + x] = (byte) ((x + y) % 2 == 0 ? 1 : 2);
                }
            }
            assertMatchesReference(one, 0, h, w, "checkerboard/background");
            assertMatchesReference(two, 0, h, w, "checkerboard/two labels");
        }
        byte[] big = new byte[164 * 34];
        for (int p = 0; p < big.length; p++) {
            big[p] = (byte) (((p / 34) + (p % 34)) % 2 == 0 ? 3 : 0);
        }
        FrameAnalyzer a = new FrameAnalyzer(164, 34);
        a.analyze(big, 0);
        assertEquals(164 * 34 / 2, a.components(3));
    }

    @Test
    void spiralIsOneComponentAndInterleavedSpiralsAreTwo() {
        int h = 41;
        int w = 34;
        byte[] data = new byte[h * w];
        // A square spiral of label 9 walls with gaps of label 0; its arms merge only at the far end,
        // which exercises unions between trees built independently.
        int top = 0;
        int left = 0;
        int bottom = h - 1;
        int right = w - 1;
        while (top <= bottom && left <= right) {
            for (int x = left; x <= right; x++) {
                data[top * w + x] = 9;
            }
            for (int y = top; y <= bottom; y++) {
                data[y * w + right] = 9;
            }
            for (int x = left; x <= right; x++) {
                data[bottom * w + x] = 9;
            }
            for (int y = top + 2; y <= bottom; y++) {
                data[y * w + left] = 9;
            }
            top += 2;
            left += 2;
            bottom -= 2;
            right -= 2;
            if (top <= bottom) {
                data[top * w + left - 1] = 9;
            }
        }
        assertMatchesReference(data, 0, h, w, "spiral");
        FrameAnalyzer a = new FrameAnalyzer(h, w);
        a.analyze(data, 0);
        assertEquals(1, a.components(9));
        // U shapes: both arms start as separate components and join at the bottom.
        byte[] u = new byte[10 * 10];
        TestFrames.rect(u, 0, 10, 0, 9, 1, 3, 4);
        TestFrames.rect(u, 0, 10, 0, 9, 6, 8, 4);
        TestFrames.rect(u, 0, 10, 8, 10, 1, 8, 4);
        a = new FrameAnalyzer(10, 10);
        a.analyze(u, 0);
        assertEquals(1, a.components(4));
        assertMatchesReference(u, 0, 10, 10, "U");
    }

    @Test
    void singlePixelsFullFrameAnd255Labels() {
        byte[] full = new byte[164 * 34];
        Arrays.fill(full, (byte) 255);
        FrameAnalyzer a = new FrameAnalyzer(164, 34);
        a.analyze(full, 0);
        assertEquals(1, a.labelCount());
        assertEquals(255, a.maxLabel());
        assertEquals(164 * 34, a.area(255));
        assertEquals(1, a.components(255));
        assertMatchesReference(full, 0, 164, 34, "full");

        byte[] many = new byte[164 * 34];
        for (int label = 1; label <= 255; label++) {
            int y = (label - 1) / 4 * 2;
            int x = (label - 1) % 4 * 8;
            TestFrames.rect(many, 0, 34, y, y + 2, x, x + 7, label);
        }
        a.analyze(many, 0);
        assertEquals(255, a.labelCount());
        assertEquals(255, a.maxLabel());
        for (int label = 1; label <= 255; label++) {
            assertEquals(14, a.area(label));
            assertEquals(1, a.components(label));
        }
        assertMatchesReference(many, 0, 164, 34, "255 labels");

        Random rnd = new Random(4);
        byte[] dots = new byte[164 * 34];
        for (int i = 0; i < 300; i++) {
            dots[rnd.nextInt(dots.length)] = (byte) (1 + rnd.nextInt(3));
        }
        assertMatchesReference(dots, 0, 164, 34, "single pixels");
    }

    @Test
    void emptyFrameHasNoLabels() {
        FrameAnalyzer a = new FrameAnalyzer(164, 34);
        byte[] movie = new byte[3 * 164 * 34];
        TestFrames.rect(movie, 0, 34, 0, 5, 0, 5, 1);
        a.analyze(movie, 164 * 34);
        assertEquals(0, a.labelCount());
        assertEquals(0, a.maxLabel());
        assertFalse(a.present(1));
        assertEquals(0, a.runCount());
        a.analyze(movie, 0);
        assertTrue(a.present(1));
        assertEquals(25, a.area(1));
    }

    @Test
    void rejectsFramesOutsideTheBuffer() {
        FrameAnalyzer a = new FrameAnalyzer(4, 4);
        assertThrows(IndexOutOfBoundsException.class, () -> a.analyze(new byte[20], 5));
        assertThrows(IllegalArgumentException.class, () -> new FrameAnalyzer(0, 4));
        assertThrows(IllegalArgumentException.class, () -> new FrameAnalyzer(1 << 13, 1 << 13));
    }

    @Test
    void fastPathHandsOverToTheExactPathWhenALabelIsNotASimpleStack() {
        int w = 34;
        // Side-by-side rods and touching labels stay on the fast path.
        byte[] pair = new byte[40 * w];
        TestFrames.rect(pair, 0, w, 2, 30, 3, 11, 1);
        TestFrames.rect(pair, 0, w, 4, 32, 11, 19, 2);
        TestFrames.rect(pair, 0, w, 33, 38, 0, 34, 3);
        assertFalse(assertMatchesReference(pair, 0, 40, w, "touching pair"));
        // Two runs of one label in a row (a U), a gap between rows, runs that do not overlap.
        byte[] u = new byte[40 * w];
        TestFrames.rect(u, 0, w, 0, 10, 2, 4, 5);
        TestFrames.rect(u, 0, w, 0, 10, 8, 10, 5);
        TestFrames.rect(u, 0, w, 10, 12, 2, 10, 5);
        assertTrue(assertMatchesReference(u, 0, 40, w, "U"));
        byte[] gap = new byte[40 * w];
        TestFrames.rect(gap, 0, w, 0, 5, 2, 6, 1);
        TestFrames.rect(gap, 0, w, 7, 12, 2, 6, 1);
        assertTrue(assertMatchesReference(gap, 0, 40, w, "row gap"));
        byte[] diagonal = new byte[40 * w];
        TestFrames.rect(diagonal, 0, w, 0, 5, 2, 6, 1);
        TestFrames.rect(diagonal, 0, w, 5, 9, 6, 9, 1);
        assertTrue(assertMatchesReference(diagonal, 0, 40, w, "diagonal neighbours"));
        // A full-width row and rows repeating to the last row.
        byte[] full = new byte[40 * w];
        TestFrames.rect(full, 0, w, 20, 40, 0, 34, 9);
        assertFalse(assertMatchesReference(full, 0, 40, w, "full width to the bottom"));
    }
}

package io.maskgate.objects;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Packed labels answer exactly as the labels they copy, in a fraction of the bytes. */
class PackedMaskLabelsTest {

    private static MaskLabels labels(long[] labels, int maxCoordinate, int maxPlane, Random random) {
        int[] boxes = new int[4 * labels.length];
        int[] planes = new int[labels.length];
        for (int i = 0; i < labels.length; i++) {
            int x0 = random.nextInt(maxCoordinate);
            int y0 = random.nextInt(maxCoordinate);
            boxes[4 * i] = x0;
            boxes[4 * i + 1] = y0;
            boxes[4 * i + 2] = x0 + random.nextInt(maxCoordinate - x0 + 1);
            boxes[4 * i + 3] = y0 + random.nextInt(maxCoordinate - y0 + 1);
            planes[i] = maxPlane == 0 ? 0 : random.nextInt(maxPlane + 1);
        }
        return MaskLabels.of(labels, boxes, planes);
    }

    private static void assertSameAnswers(MaskLabels expected, MaskLabels actual, long[] probes) {
        assertEquals(expected.size(), actual.size());
        for (int i = 0; i < expected.size(); i++) {
            assertEquals(expected.label(i), actual.label(i), "label " + i);
            assertEquals(i, actual.indexOf(expected.label(i)), "indexOf " + expected.label(i));
            assertEquals(expected.minX(i), actual.minX(i));
            assertEquals(expected.minY(i), actual.minY(i));
            assertEquals(expected.maxX(i), actual.maxX(i));
            assertEquals(expected.maxY(i), actual.maxY(i));
            assertEquals(expected.plane(i), actual.plane(i));
        }
        for (long p : probes) {
            assertEquals(expected.indexOf(p) >= 0, actual.indexOf(p) >= 0, "indexOf " + p);
        }
    }

    /** Labels in runs: every value next to a run's ends, and values between runs. */
    private static long[] probesAround(long[] labels) {
        long[] probes = new long[3 * labels.length + 3];
        int n = 0;
        for (long l : labels) {
            probes[n++] = l - 1;
            probes[n++] = l + 1;
            probes[n++] = l;
        }
        probes[n++] = 0;
        probes[n++] = Long.MAX_VALUE;
        probes[n] = Long.MIN_VALUE;
        return probes;
    }

    @Test
    void consecutiveLabelsOfAPackagedMaskTakeAboutTenBytesEach() {
        long[] l = new long[3077];
        for (int i = 0; i < l.length; i++) {
            l[i] = 5_000_001L + i; // the objects of one trench file, numbered on from the previous file's
        }
        MaskLabels source = labels(l, 720, 16, new Random(1));
        PackedMaskLabels packed = PackedMaskLabels.copyOf(source);
        assertTrue(packed.storedAsRuns());
        assertSameAnswers(source, packed, probesAround(l));
        assertTrue(packed.arrayBytes() <= 10L * l.length + 16, packed.arrayBytes() + " bytes");
    }

    @Test
    void labelsWithGapsAreFoundInEveryRunAndNotBetweenRuns() {
        Random random = new Random(2);
        long[] l = new long[5000];
        long v = 1;
        for (int i = 0; i < l.length; i++) {
            v += random.nextInt(6) == 0 ? 2 + random.nextInt(3) : 1; // runs of about six
            l[i] = v;
        }
        MaskLabels source = labels(l, 2000, 0, random);
        PackedMaskLabels packed = PackedMaskLabels.copyOf(source);
        assertTrue(packed.storedAsRuns());
        assertSameAnswers(source, packed, probesAround(l));
    }

    @Test
    void scatteredLabelsAndLargeImagesKeepPlainArrays() {
        Random random = new Random(3);
        long[] l = new long[2000];
        for (int i = 0; i < l.length; i++) {
            l[i] = 1 + (random.nextLong() >>> 3);
        }
        Arrays.sort(l);
        MaskLabels source = labels(l, 100_000, 70_000, random); // boxes and planes beyond 16 bits
        PackedMaskLabels packed = PackedMaskLabels.copyOf(source);
        assertFalse(packed.storedAsRuns());
        assertSameAnswers(source, packed, probesAround(l));
    }

    @Test
    void emptyChannelsAndCopiesOfCopies() {
        PackedMaskLabels empty = PackedMaskLabels.copyOf(MaskLabels.of(new long[0], new int[0]));
        assertEquals(0, empty.size());
        assertTrue(empty.indexOf(1) < 0);
        assertSame(empty, PackedMaskLabels.copyOf(empty));
        MaskLabels unsorted = new MaskLabels() {
            @Override public int size() { return 2; }
            @Override public long label(int i) { return 2L - i; }
            @Override public int indexOf(long label) { return -1; }
            @Override public int minX(int i) { return 0; }
            @Override public int minY(int i) { return 0; }
            @Override public int maxX(int i) { return 0; }
            @Override public int maxY(int i) { return 0; }
            @Override public int plane(int i) { return 0; }
        };
        assertThrows(IllegalArgumentException.class, () -> PackedMaskLabels.copyOf(unsorted));
    }
}

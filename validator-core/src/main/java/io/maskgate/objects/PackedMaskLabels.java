package io.maskgate.objects;

import java.util.Arrays;

/**
 * An immutable copy of a channel's {@link MaskLabels} in as few bytes per label as the values allow,
 * so the labels of every mask of a dataset can be held at once while its objects table is read (the
 * release's 8.6 million objects over 2,795 files). Labels are kept as runs of consecutive values when
 * that is smaller (a packaged mask numbers its objects consecutively: one run per file), boxes and
 * planes as 16-bit values when they fit (images up to 65,535 pixels a side), else as plain arrays.
 * A label then costs about 10 bytes instead of the analysis's 60.
 */
public final class PackedMaskLabels implements MaskLabels {

    private static final int CHAR_LIMIT = Character.MAX_VALUE;

    private final int size;
    /** Either the labels themselves ... */
    private final long[] labels;
    /** ... or runs: run k holds labels runStart[k], runStart[k] + 1, ... at indexes runIndex[k] .. runIndex[k + 1] - 1. */
    private final long[] runStart;
    private final int[] runIndex;
    private final char[] smallBoxes;
    private final int[] boxes;
    private final char[] smallPlanes;
    private final int[] planes;

    private PackedMaskLabels(MaskLabels source) {
        size = source.size();
        int runs = countRuns(source);
        // a run costs 12 bytes (start, index), a plain label 8
        if ((long) runs * 12 < (long) size * 8) {
            runStart = new long[runs];
            runIndex = new int[runs + 1];
            int k = -1;
            for (int i = 0; i < size; i++) {
                long l = source.label(i);
                if (i == 0 || l != source.label(i - 1) + 1) {
                    k++;
                    runStart[k] = l;
                    runIndex[k] = i;
                }
            }
            runIndex[runs] = size;
            labels = null;
        } else {
            labels = new long[size];
            for (int i = 0; i < size; i++) {
                labels[i] = source.label(i);
            }
            runStart = null;
            runIndex = null;
        }
        boolean boxFits = true;
        boolean planeFits = true;
        boolean allPlaneZero = true;
        for (int i = 0; i < size; i++) {
            boxFits &= fits(source.minX(i)) && fits(source.minY(i)) && fits(source.maxX(i)) && fits(source.maxY(i));
            planeFits &= fits(source.plane(i));
            allPlaneZero &= source.plane(i) == 0;
        }
        if (boxFits) {
            smallBoxes = new char[4 * size];
            boxes = null;
        } else {
            boxes = new int[4 * size];
            smallBoxes = null;
        }
        for (int i = 0; i < size; i++) {
            setBox(4 * i, source.minX(i));
            setBox(4 * i + 1, source.minY(i));
            setBox(4 * i + 2, source.maxX(i));
            setBox(4 * i + 3, source.maxY(i));
        }
        if (allPlaneZero) {
            smallPlanes = null;
            planes = null;
        } else if (planeFits) {
            smallPlanes = new char[size];
            planes = null;
            for (int i = 0; i < size; i++) {
                smallPlanes[i] = (char) source.plane(i);
            }
        } else {
            planes = new int[size];
            smallPlanes = null;
            for (int i = 0; i < size; i++) {
                planes[i] = source.plane(i);
            }
        }
    }

    /**
     * A packed copy of {@code source}, whose labels must be strictly ascending and whose boxes and
     * planes are not negative.
     */
    public static PackedMaskLabels copyOf(MaskLabels source) {
        if (source instanceof PackedMaskLabels p) {
            return p;
        }
        for (int i = 1; i < source.size(); i++) {
            if (source.label(i) <= source.label(i - 1)) {
                throw new IllegalArgumentException("labels must be strictly ascending");
            }
        }
        return new PackedMaskLabels(source);
    }

    private static int countRuns(MaskLabels source) {
        int runs = 0;
        for (int i = 0; i < source.size(); i++) {
            if (i == 0 || source.label(i) != source.label(i - 1) + 1) {
                runs++;
            }
        }
        return runs;
    }

    private static boolean fits(int v) {
        return v >= 0 && v <= CHAR_LIMIT;
    }

    private void setBox(int at, int v) {
        if (v < 0) {
            throw new IllegalArgumentException("negative bounding box coordinate " + v);
        }
        if (smallBoxes != null) {
            smallBoxes[at] = (char) v;
        } else {
            boxes[at] = v;
        }
    }

    private int box(int at) {
        return smallBoxes != null ? smallBoxes[at] : boxes[at];
    }

    /** True when the labels are held as runs of consecutive values (for tests and the record). */
    boolean storedAsRuns() {
        return runStart != null;
    }

    /** Heap taken by the arrays, in bytes (for tests and the record). */
    long arrayBytes() {
        long b = 0;
        b += labels == null ? 0 : 8L * labels.length;
        b += runStart == null ? 0 : 8L * runStart.length + 4L * runIndex.length;
        b += smallBoxes == null ? 4L * boxes.length : 2L * smallBoxes.length;
        b += smallPlanes != null ? 2L * smallPlanes.length : planes != null ? 4L * planes.length : 0;
        return b;
    }

    @Override
    public int size() {
        return size;
    }

    @Override
    public long label(int i) {
        if (i < 0 || i >= size) {
            throw new IndexOutOfBoundsException(i);
        }
        if (labels != null) {
            return labels[i];
        }
        int k = Arrays.binarySearch(runIndex, i);
        if (k < 0) {
            k = -k - 2; // the run starting before i
        }
        return runStart[k] + (i - runIndex[k]);
    }

    @Override
    public int indexOf(long label) {
        if (labels != null) {
            return Arrays.binarySearch(labels, label);
        }
        int k = Arrays.binarySearch(runStart, label);
        if (k >= 0) {
            return runIndex[k];
        }
        int insertion = -k - 1;
        if (insertion == 0) {
            return -1;
        }
        int run = insertion - 1;
        long offset = label - runStart[run];
        int length = runIndex[run + 1] - runIndex[run];
        return offset < length ? runIndex[run] + (int) offset : -runIndex[run + 1] - 1;
    }

    @Override
    public int minX(int i) {
        return box(4 * i);
    }

    @Override
    public int minY(int i) {
        return box(4 * i + 1);
    }

    @Override
    public int maxX(int i) {
        return box(4 * i + 2);
    }

    @Override
    public int maxY(int i) {
        return box(4 * i + 3);
    }

    @Override
    public int plane(int i) {
        if (i < 0 || i >= size) {
            throw new IndexOutOfBoundsException(i);
        }
        return smallPlanes != null ? smallPlanes[i] : planes != null ? planes[i] : 0;
    }
}

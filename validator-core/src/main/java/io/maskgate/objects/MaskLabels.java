package io.maskgate.objects;

import java.util.Arrays;

/**
 * The labels of one mask channel, sorted ascending, with their inclusive bounding boxes in pixels
 * (origin top-left, over all planes of the channel) and the first plane holding each. Index {@code i}
 * runs over {@code 0 .. size()-1}. The OME-TIFF label statistics have exactly these methods, so
 * adapting them is one delegation per method.
 */
public interface MaskLabels {

    /** Number of distinct labels (values ≥ 1). */
    int size();

    long label(int i);

    /** Index of {@code label}, or a negative number when the channel does not contain it. */
    int indexOf(long label);

    int minX(int i);

    int minY(int i);

    int maxX(int i);

    int maxY(int i);

    /** The first plane of the channel (Z + SizeZ × T) that holds the label; 0 for a 2-D mask. */
    int plane(int i);

    /**
     * Labels of a 2-D mask (one plane) from arrays: {@code labels} ascending, {@code boxes} holding minX,
     * minY, maxX, maxY per label.
     */
    static MaskLabels of(long[] labels, int[] boxes) {
        return of(labels, boxes, new int[labels.length]);
    }

    /** As {@link #of(long[], int[])}, with the first plane of each label. */
    static MaskLabels of(long[] labels, int[] boxes, int[] planes) {
        if (boxes.length != 4 * labels.length) {
            throw new IllegalArgumentException("boxes needs 4 values per label");
        }
        if (planes.length != labels.length) {
            throw new IllegalArgumentException("planes needs one value per label");
        }
        for (int i = 1; i < labels.length; i++) {
            if (labels[i] <= labels[i - 1]) {
                throw new IllegalArgumentException("labels must be strictly ascending");
            }
        }
        long[] l = labels.clone();
        int[] b = boxes.clone();
        int[] p = planes.clone();
        return new MaskLabels() {
            @Override
            public int size() {
                return l.length;
            }

            @Override
            public long label(int i) {
                return l[i];
            }

            @Override
            public int indexOf(long label) {
                return Arrays.binarySearch(l, label);
            }

            @Override
            public int minX(int i) {
                return b[4 * i];
            }

            @Override
            public int minY(int i) {
                return b[4 * i + 1];
            }

            @Override
            public int maxX(int i) {
                return b[4 * i + 2];
            }

            @Override
            public int maxY(int i) {
                return b[4 * i + 3];
            }

            @Override
            public int plane(int i) {
                return p[i];
            }
        };
    }
}

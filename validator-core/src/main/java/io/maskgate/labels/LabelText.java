package io.maskgate.labels;

/** Small text helpers for label findings; only called when a finding is listed. */
final class LabelText {

    private LabelText() {
    }

    /** {@code y 10-30, x 5-12} for a box {@code {minY, maxY, minX, maxX}}. */
    static String box(int minY, int maxY, int minX, int maxX) {
        return "y " + range(minY, maxY) + ", x " + range(minX, maxX);
    }

    static String range(int from, int to) {
        return from == to ? Integer.toString(from) : from + "-" + to;
    }
}

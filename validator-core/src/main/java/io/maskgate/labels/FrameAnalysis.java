package io.maskgate.labels;

/**
 * The result of analysing one 2-D uint8 label frame: per label its pixel count, bounding box,
 * number of 4-connected components and first pixel in raster order; per frame the distinct labels
 * and the maximum label. Valid until the analyser is given the next frame. Label counts, areas and
 * component counts are cheap; bounding boxes, first pixels and component boxes may be computed on
 * first request (read them only to report a finding). The per-label getters are defined for
 * present labels only.
 */
public interface FrameAnalysis {

    int height();

    int width();

    /** Number of distinct non-zero labels in the frame (0 = empty frame). */
    int labelCount();

    /** The {@code i}-th distinct label in order of first appearance (raster order), {@code 0 <= i < labelCount()}. */
    int labelAt(int i);

    /** The largest label present, 0 for an empty frame. */
    int maxLabel();

    /** True if {@code label} (1..255) occurs in the frame. */
    boolean present(int label);

    /** Pixels of {@code label}; 0 when absent. */
    int area(int label);

    int minY(int label);

    int maxY(int label);

    int minX(int label);

    int maxX(int label);

    /** Raster index ({@code y * width + x}) of the first pixel of {@code label}. */
    int firstPixel(int label);

    /** Number of 4-connected components of {@code label} (1 for a well-formed object). */
    int components(int label);

    /**
     * Bounding boxes of the components of {@code label}, in raster order of their first pixels, each
     * as {@code {minY, maxY, minX, maxX}}. For reporting only: allocates.
     */
    int[][] componentBoxes(int label);
}

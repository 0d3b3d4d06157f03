package io.maskgate.objects;

/**
 * A (Source file, Mask name) pair used by a table's rows, resolved against the {@link MaskIndex}.
 *
 * @param info    the mask OME-TIFF, or null when it was not analysed
 * @param channel the channel whose name equals the mask name (exactly, else ignoring case), or -1
 * @param labels  that channel's labels when they are known completely, else null
 */
record MaskBinding(String sourceFile, String maskName, long firstRow, MaskInfo info, int channel, MaskLabels labels) {

    /** True when rows can be compared with labels. */
    boolean hasLabels() {
        return labels != null;
    }
}

package io.maskgate.packaging;

import org.apache.commons.csv.CSVFormat;

/**
 * The per-dataset constants of every objects-table row, escaped once: mask name, Mask ID, protocol DOI,
 * annotation tool, object type, hypothesis and epoch.
 */
record MaskValues(String maskId, String protocolDoi, String annotationTool, String objectType, int hypothesis,
                  int epoch, double pixelSizeUm, double frameIntervalMs) {

    static final CSVFormat TSV = CSVFormat.TDF.builder().setRecordSeparator('\n').get();

    /** The cells Mask name … Object type for {@code sourceFile}, tab-separated and escaped. */
    String fixedCells(String sourceFile) {
        return TSV.format(sourceFile, MaskNaming.MASK, maskId, protocolDoi, annotationTool, objectType);
    }

    boolean hasEpoch() {
        return epoch >= 0;
    }

    boolean hasMinutes() {
        return !Double.isNaN(frameIntervalMs);
    }
}

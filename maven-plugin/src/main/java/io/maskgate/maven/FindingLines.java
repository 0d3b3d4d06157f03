package io.maskgate.maven;

import io.maskgate.rules.Finding;

/** One log line per finding, for Maven's console. */
final class FindingLines {

    private FindingLines() {
    }

    /** {@code CODE file [location]: message}, e.g. {@code ZARR_SHAPE labels/zarr.json [/shape/0]: ...}. */
    static String oneLine(Finding f) {
        StringBuilder sb = new StringBuilder(f.code()).append(' ').append(f.file().isEmpty() ? "." : f.file());
        String where = f.location().describe();
        if (!where.isEmpty()) {
            sb.append(" [").append(where).append(']');
        }
        return sb.append(": ").append(f.message()).toString();
    }
}

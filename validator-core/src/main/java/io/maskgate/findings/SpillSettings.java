package io.maskgate.findings;

import java.nio.file.Path;

/**
 * When a {@link FindingStore} moves findings from memory to temporary files.
 *
 * @param maxFindingsInMemory findings buffered before they are sorted and written out as one run
 * @param maxBytesInMemory    estimated heap bytes buffered before the same happens (whichever comes first)
 * @param tempParent          where the private temporary folder is created; null for {@code java.io.tmpdir}
 */
public record SpillSettings(int maxFindingsInMemory, long maxBytesInMemory, Path tempParent) {

    /**
     * About 24 MB per buffer (at most two exist: one filling while the other is written): a label finding takes
     * 250 to 300 bytes of heap, so about 80,000 findings a run.
     */
    public static final long DEFAULT_MAX_BYTES = 24L << 20;

    public static final int DEFAULT_MAX_FINDINGS = 200_000;

    public SpillSettings {
        if (maxFindingsInMemory < 1 || maxBytesInMemory < 1) {
            throw new IllegalArgumentException("spill thresholds must be positive");
        }
    }

    public static SpillSettings defaults() {
        return new SpillSettings(DEFAULT_MAX_FINDINGS, DEFAULT_MAX_BYTES, null);
    }

    /** Spills every {@code findings} findings (tests use a tiny number to exercise the file path). */
    public SpillSettings withMaxFindingsInMemory(int findings) {
        return new SpillSettings(findings, maxBytesInMemory, tempParent);
    }

    public SpillSettings withTempParent(Path parent) {
        return new SpillSettings(maxFindingsInMemory, maxBytesInMemory, parent);
    }
}

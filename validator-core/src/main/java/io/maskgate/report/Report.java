package io.maskgate.report;

import io.maskgate.findings.FindingList;
import io.maskgate.findings.Summary;

import io.maskgate.rules.Finding;
import io.maskgate.rules.Severity;

import java.util.List;
import java.util.Map;

/**
 * The outcome of one validation run. Findings are in {@link Finding#ORDER}, so a report is the same
 * whatever the thread count. They may live in a temporary file ({@link FindingList}): {@link #close()} a report
 * once it is written; its summary, checked items and statistics stay readable after that.
 *
 * @param reportVersion version of the JSON report contract ({@link #REPORT_VERSION})
 * @param options       the options that shaped the run, as shown to users
 * @param agreement     the hypothesis-agreement section of a mask store, or null when it was not computed
 */
public record Report(String reportVersion, Tool tool, Target target, Map<String, Object> options,
                     Summary summary, List<Finding> findings, List<Checked> checked, List<StatTable> statistics,
                     Agreement agreement)
        implements AutoCloseable {

    /**
     * Version of the JSON report contract ({@code maskgate-report.schema.json}): the major number is bumped on any
     * incompatible change, the minor one when optional members are added (1.1: location keys ifd, xMin, yMin, xMax,
     * yMax; label beyond 32 bits; 1.2: target.profile, target kind zarr, the optional agreement section).
     */
    public static final String REPORT_VERSION = "1.2";

    /** The tool that wrote the report. */
    public record Tool(String name, String version) {
    }

    /**
     * What was validated.
     *
     * @param path   the path as the user gave it
     * @param kind    {@code zarr-mask-store}, {@code zarr}, {@code hubmap-upload}, {@code hubmap-dataset},
     *                {@code ome-tiff} or {@code unknown}
     * @param detail  e.g. the applied HuBMAP directory-schema version; may be empty
     * @param profile the checking profile applied and why (Zarr targets), or null when the kind has none
     */
    public record Target(String path, String kind, String detail, Profile profile) {

        /** A target without a profile. */
        public Target(String path, String kind, String detail) {
            this(path, kind, detail, null);
        }
    }

    /**
     * The profile a Zarr target was checked with.
     *
     * @param name   {@code mask-store} or {@code generic}
     * @param reason why, e.g. {@code root attributes trench_mapping, ... and 5-D uint8 array data}
     */
    public record Profile(String name, String reason) {

        /** {@code generic: no data array}. */
        public String describe() {
            return name + ": " + reason;
        }
    }

    public Report {
        options = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(options));
        findings = FindingList.of(findings); // a FindingList is immutable and kept as it is: never copied into memory
        checked = List.copyOf(checked);
        statistics = List.copyOf(statistics);
    }

    /** A report without an agreement section. */
    public Report(String reportVersion, Tool tool, Target target, Map<String, Object> options, Summary summary,
                  List<Finding> findings, List<Checked> checked, List<StatTable> statistics) {
        this(reportVersion, tool, target, options, summary, findings, checked, statistics, null);
    }

    /** Releases the temporary file of the findings, if any; idempotent. */
    @Override
    public void close() {
        ((FindingList) findings).close();
    }

    /** True if any finding is at {@code threshold} or more severe. */
    public boolean hasFindingsAtLeast(Severity threshold) {
        return switch (threshold) {
            case ERROR -> summary.errors() > 0;
            case WARNING -> summary.errors() + summary.warnings() > 0;
            case INFO -> summary.total() > 0;
        };
    }
}

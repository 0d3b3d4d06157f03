package io.maskgate.validation;

import io.maskgate.findings.FindingList;
import io.maskgate.io.InputBoundary;
import io.maskgate.findings.Summary;
import io.maskgate.report.Agreement;
import io.maskgate.report.Checked;
import io.maskgate.report.Report;
import io.maskgate.report.StatTable;
import io.maskgate.rules.Finding;
import io.maskgate.rules.FindingSink;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** What a {@link TargetValidator} reports to during one run. Thread-safe. */
public final class ValidationContext implements FindingSink {

    private final Target target;
    private final ValidationOptions options;
    private final FindingCollector findings;
    private final List<Checked> checked = new ArrayList<>();
    private final List<StatTable> statistics = new ArrayList<>();
    private volatile String targetDetail = "";
    private volatile String targetKind;
    private volatile Report.Profile profile;
    private volatile Agreement agreement;

    public ValidationContext(Target target, ValidationOptions options) {
        this.target = target;
        this.options = options;
        this.findings = new FindingCollector(options.policy());
    }

    /** The validation target: the store, upload, dataset directory or file. */
    public Target target() {
        return target;
    }

    /** The one way to open the target's files: read-only, regular files only, within the input boundary. */
    public InputBoundary inputs() {
        return target.inputs();
    }

    public ValidationOptions options() {
        return options;
    }

    public ProgressListener progress() {
        return options.progress();
    }

    @Override
    public void accept(Finding finding) {
        findings.accept(finding);
    }

    /** {@code file} relative to the target with {@code /} separators; {@code ""} for the target itself. */
    public String relative(Path file) {
        if (!target.isLocal()) {
            return file.toString().replace(java.io.File.separatorChar, '/');
        }
        Path base = Path.of(target.localPath().toString()).toAbsolutePath().normalize();
        Path p = file.toAbsolutePath().normalize();
        if (p.equals(base)) {
            return "";
        }
        Path rel = p.startsWith(base) ? base.relativize(p) : p;
        return rel.toString().replace(java.io.File.separatorChar, '/');
    }

    /** Records what was checked, for the report ("chunks: 47515"). */
    public synchronized void checked(String what, long count, String detail) {
        checked.add(new Checked(what, count, detail));
    }

    public synchronized void statistics(StatTable table) {
        statistics.add(table);
    }

    /** The hypothesis-agreement section of the report. */
    public void agreement(Agreement section) {
        this.agreement = section;
    }

    Agreement agreementSection() {
        return agreement;
    }

    /** A detail of the target shown in the report, e.g. the applied HuBMAP schema version. */
    public void targetDetail(String detail) {
        this.targetDetail = detail == null ? "" : detail;
    }

    String targetDetail() {
        return targetDetail;
    }

    /**
     * The target's kind when only reading the target tells it (a Zarr node is a mask store or a plain hierarchy);
     * overrides the validator's {@link TargetValidator#kind()} in the report.
     */
    public void targetKind(String kind) {
        this.targetKind = kind;
    }

    /** The kind set by {@link #targetKind(String)}, or null. */
    String targetKind() {
        return targetKind;
    }

    /** The checking profile applied to the target and why, for the report. */
    public void profile(String name, String reason) {
        this.profile = new Report.Profile(name, reason);
    }

    Report.Profile profile() {
        return profile;
    }

    /** Every finding, sorted; called once at the end of the run. */
    FindingList finishFindings() {
        return findings.finish();
    }

    Summary summary() {
        return findings.summary();
    }

    /** Drops the findings and their temporary files after a failed run. */
    void discardFindings() {
        findings.close();
    }

    synchronized List<Checked> checkedItems() {
        return List.copyOf(checked);
    }

    synchronized List<StatTable> statisticsTables() {
        return List.copyOf(statistics);
    }
}

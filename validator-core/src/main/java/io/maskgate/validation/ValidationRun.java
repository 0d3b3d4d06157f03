package io.maskgate.validation;

import io.maskgate.findings.FindingList;
import io.maskgate.findings.Summary;
import io.maskgate.report.Agreement;
import io.maskgate.report.Checked;
import io.maskgate.report.Report;
import io.maskgate.report.StatTable;

import java.util.List;

/**
 * One validation run as the engine drives it: validators report to its {@link #context()}, the engine
 * then {@link #finish() finishes} it into the parts of a report. Kept apart from the context so that
 * validators cannot end a run they report to.
 */
public final class ValidationRun {

    /** What a finished run hands to the report. */
    public record Result(FindingList findings, Summary summary, List<Checked> checked,
                         List<StatTable> statistics, String targetDetail, String targetKind,
                         Report.Profile profile, Agreement agreement) {
    }

    private final ValidationContext context;

    public ValidationRun(Target target, ValidationOptions options) {
        this.context = new ValidationContext(target, options);
    }

    /** Where the run's validators report. */
    public ValidationContext context() {
        return context;
    }

    /** Every finding, sorted, with what was checked; called once at the end of the run. */
    public Result finish() {
        FindingList findings = context.finishFindings();
        return new Result(findings, context.summary(), context.checkedItems(), context.statisticsTables(),
                context.targetDetail(), context.targetKind(), context.profile(), context.agreementSection());
    }

    /** Drops the findings and their temporary files after a failed run. */
    public void discard() {
        context.discardFindings();
    }
}

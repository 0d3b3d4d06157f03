package io.maskgate.agreement;

import io.maskgate.report.Agreement;
import io.maskgate.report.StatTable;

import java.util.List;

/**
 * The outcome of an agreement analysis.
 *
 * @param section   the report's agreement section (charts)
 * @param tables    per epoch, per trench, per time point and the intervals, as report statistics tables
 * @param intervals the ambiguous intervals, by trench then time
 */
public record AgreementResult(Agreement section, List<StatTable> tables, List<AgreementInterval> intervals) {
    public AgreementResult {
        tables = List.copyOf(tables);
        intervals = List.copyOf(intervals);
    }
}

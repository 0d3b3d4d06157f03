package io.maskgate.store.scan;

import io.maskgate.report.Checked;
import io.maskgate.report.StatTable;

import java.util.List;

/**
 * What a pixel scan did, besides the findings it reported.
 *
 * @param chunks          chunks the scan covered (all, or the sample)
 * @param frames          frames covered, absent chunks included
 * @param labelFindings   label findings reported to the sink (codes the policy ignores are not)
 * @param workers         worker threads used (not part of the report: it must not depend on them)
 * @param skipped         why nothing was scanned (chunks too large for the scan), or null
 * @param agreementSkipped why the agreement analysis asked for did not run, or null
 */
public record ScanResult(long chunks, long chunksPresent, long chunksAbsent, long chunksFailed, long frames,
                         long labelFindings, int workers, String skipped,
                         List<Checked> checked, List<StatTable> statistics, String agreementSkipped) {
    public ScanResult {
        checked = List.copyOf(checked);
        statistics = List.copyOf(statistics);
    }

    /** A scan without agreement analysis. */
    public ScanResult(long chunks, long chunksPresent, long chunksAbsent, long chunksFailed, long frames,
                      long labelFindings, int workers, String skipped, List<Checked> checked,
                      List<StatTable> statistics) {
        this(chunks, chunksPresent, chunksAbsent, chunksFailed, frames, labelFindings, workers, skipped, checked,
                statistics, null);
    }
}

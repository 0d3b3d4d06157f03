package io.maskgate.store.kernel;

import io.maskgate.rules.Finding;

import java.io.Serializable;
import java.util.List;

/**
 * What the kernel found in one or more trenches, findings collected: for small inputs, tests and tasks that
 * ship their result. A scan with many findings streams them into a sink instead.
 *
 * @param findings in the order they were found (sort with {@link Finding#ORDER} for a report)
 */
public record TrenchResult(List<Finding> findings, TrenchStats stats) implements Serializable {
    public TrenchResult {
        findings = List.copyOf(findings);
    }
}

package io.maskgate.labels;

import io.maskgate.rules.Category;
import io.maskgate.rules.Rule;
import io.maskgate.rules.RuleInfo;
import io.maskgate.rules.Severity;

/**
 * Pixels that the label scan could not check: a chunk reader failed unexpectedly, or the chunks
 * are too large for the scan's memory budget. Decoding problems the reader recognises are reported
 * by the reader under its own codes instead.
 */
@RuleInfo(code = "LABEL_CHUNK_NOT_SCANNED", severity = Severity.ERROR, category = Category.LABELS,
        summary = "Every mask chunk must be readable so that its labels can be checked.",
        hint = "The labels of this part of the store were not checked; fix the cause named in the message and validate again.")
public final class ChunkNotScanned implements Rule {
}

package io.maskgate.store;

import io.maskgate.rules.Category;
import io.maskgate.rules.FindingSink;
import io.maskgate.rules.Location;
import io.maskgate.rules.Rule;
import io.maskgate.rules.RuleInfo;
import io.maskgate.rules.Severity;

import java.util.Arrays;

/** The data array's epoch labels equal the root's segmentation epochs. */
@RuleInfo(code = "STORE_EPOCHS_MISMATCH", severity = Severity.ERROR, category = Category.STORE_METADATA,
        summary = "data.attributes.hypothesis_epoch_values equals the root's segmentation_hypothesis_epochs.",
        hint = "Both lists name the checkpoint epoch of each hypothesis; write the same list to both.")
public final class EpochsMismatch implements Rule, StoreCheck {

    @Override
    public void check(StoreModel store, FindingSink sink) {
        int[] data = store.dataEpochs;
        int[] root = store.rootEpochs;
        // Different lengths are STORE_HYPOTHESIS_COUNT's finding.
        if (data == null || root == null || data.length != root.length) {
            return;
        }
        int first = -1;
        int differing = 0;
        for (int i = 0; i < data.length; i++) {
            if (data[i] != root[i]) {
                differing++;
                first = first < 0 ? i : first;
            }
        }
        if (differing == 0) {
            return;
        }
        sink.accept(finding(store.dataFile, Location.pointer("/attributes/hypothesis_epoch_values/" + first),
                "hypothesis_epoch_values differs from the root's segmentation_hypothesis_epochs at " + differing
                        + " of " + data.length + " positions, first at index " + first + " (" + data[first] + " vs "
                        + root[first] + "): " + Arrays.toString(data) + " vs " + Arrays.toString(root) + "."));
    }
}

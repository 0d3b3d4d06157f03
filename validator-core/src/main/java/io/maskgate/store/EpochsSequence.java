package io.maskgate.store;

import io.maskgate.rules.Category;
import io.maskgate.rules.FindingSink;
import io.maskgate.rules.Location;
import io.maskgate.rules.Rule;
import io.maskgate.rules.RuleInfo;
import io.maskgate.rules.Severity;

import java.util.Arrays;

/** Checkpoint epochs form a non-empty, strictly increasing list of non-negative integers. */
@RuleInfo(code = "STORE_EPOCHS_SEQUENCE", severity = Severity.ERROR, category = Category.STORE_METADATA,
        summary = "hypothesis_epoch_values and segmentation_hypothesis_epochs are non-empty, non-negative and strictly increasing.",
        hint = "List each checkpoint epoch once, in increasing order (e.g. 50, 300, ..., 3999).")
public final class EpochsSequence implements Rule, StoreCheck {

    @Override
    public void check(StoreModel store, FindingSink sink) {
        if (store.dataEpochs != null) {
            check(store.dataEpochs, "hypothesis_epoch_values", store.dataFile, "/attributes/hypothesis_epoch_values", sink);
        }
        // An identical root list would only repeat the same finding.
        if (store.rootEpochs != null && !Arrays.equals(store.rootEpochs, store.dataEpochs)) {
            check(store.rootEpochs, "segmentation_hypothesis_epochs", store.rootFile,
                    Pointers.attribute("segmentation_hypothesis_epochs"), sink);
        }
    }

    private void check(int[] epochs, String name, String file, String pointer, FindingSink sink) {
        if (epochs.length == 0) {
            sink.accept(finding(file, Location.pointer(pointer), name + " is empty: a store holds at least one hypothesis."));
            return;
        }
        for (int i = 0; i < epochs.length; i++) {
            if (epochs[i] < 0) {
                sink.accept(finding(file, Location.pointer(pointer + "/" + i),
                        name + "[" + i + "] is " + epochs[i] + ": a training epoch is not negative."));
                return;
            }
            if (i > 0 && epochs[i] <= epochs[i - 1]) {
                sink.accept(finding(file, Location.pointer(pointer + "/" + i),
                        name + "[" + i + "] is " + epochs[i] + ", not greater than the previous epoch " + epochs[i - 1]
                                + ": epochs must be strictly increasing (" + Arrays.toString(epochs) + ")."));
                return;
            }
        }
    }
}

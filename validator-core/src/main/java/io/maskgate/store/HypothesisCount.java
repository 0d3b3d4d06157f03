package io.maskgate.store;

import io.maskgate.rules.Category;
import io.maskgate.rules.FindingSink;
import io.maskgate.rules.Rule;
import io.maskgate.rules.RuleInfo;
import io.maskgate.rules.Severity;

/** shape[0] == number of epochs, stated by the data array and by the root attributes. */
@RuleInfo(code = "STORE_HYPOTHESIS_COUNT", severity = Severity.ERROR, category = Category.STORE_METADATA,
        summary = "The hypothesis count agrees: data shape[0] == len(hypothesis_epoch_values) == len(segmentation_hypothesis_epochs).",
        hint = "List one epoch per hypothesis, in the order of the data array's first axis.")
public final class HypothesisCount implements Rule, StoreCheck {

    @Override
    public void check(StoreModel store, FindingSink sink) {
        Consensus.of(
                length("length of hypothesis_epoch_values", store.dataEpochs, store.dataFile, "/attributes/hypothesis_epoch_values"),
                store.shapeWitness(0, "hypothesis"),
                length("length of segmentation_hypothesis_epochs", store.rootEpochs, store.rootFile,
                        Pointers.attribute("segmentation_hypothesis_epochs")))
                .report(this, "number of hypotheses", sink);
    }

    private static Witness length(String label, int[] list, String file, String pointer) {
        return list == null ? null : new Witness(label, (long) list.length, file, pointer);
    }
}

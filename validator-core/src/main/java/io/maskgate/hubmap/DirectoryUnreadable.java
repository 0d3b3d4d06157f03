package io.maskgate.hubmap;

import io.maskgate.rules.Category;
import io.maskgate.rules.FindingSink;
import io.maskgate.rules.Location;
import io.maskgate.rules.Rule;
import io.maskgate.rules.RuleInfo;
import io.maskgate.rules.Severity;

/** Part of a dataset could not be listed, so its directory check is incomplete. */
@RuleInfo(code = "HUBMAP_DIRECTORY_UNREADABLE", severity = Severity.ERROR, category = Category.HUBMAP_DIRECTORY,
        summary = "Every folder and file of a HuBMAP dataset must be readable.",
        hint = "Fix the permissions (the upload transfer cannot read it either) and run the validation again.")
public final class DirectoryUnreadable implements Rule, DirectoryCheck {

    @Override
    public void check(DirectoryOutcome outcome, FindingSink sink) {
        for (DatasetListing.Failure f : outcome.listing().failures()) {
            sink.accept(finding(outcome.file(f.path()), Location.NONE, "cannot list "
                    + (f.path().isEmpty() ? "the dataset folder" : f.path()) + " (" + f.reason()
                    + "); the directory check of this dataset is incomplete"));
        }
    }
}

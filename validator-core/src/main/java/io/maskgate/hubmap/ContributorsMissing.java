package io.maskgate.hubmap;

import io.maskgate.rules.Category;
import io.maskgate.rules.FindingSink;
import io.maskgate.rules.Rule;
import io.maskgate.rules.RuleInfo;
import io.maskgate.rules.Severity;

import java.nio.file.Files;

/** A {@code contributors_path} that names no file of the upload. */
@RuleInfo(code = "HUBMAP_CONTRIBUTORS_MISSING", severity = Severity.ERROR, category = Category.HUBMAP_METADATA,
        summary = "Every contributors_path must name an existing contributors TSV inside the upload.",
        hint = "Add contributors.tsv to the upload folder, or correct the path.")
public final class ContributorsMissing implements Rule, UploadCheck {

    @Override
    public void check(UploadModel upload, FindingSink sink) {
        for (UploadModel.Reference r : upload.contributorsPaths()) {
            if (!r.formatOk() || !r.inside() || Files.isRegularFile(r.resolved())) {
                continue;
            }
            String rel = upload.relative(r.resolved());
            sink.accept(finding(r.table().file(), r.location(), "contributors_path in cell " + r.ref() + " is '"
                    + TsvReader.clip(r.value()) + "', but " + rel
                    + (Files.exists(r.resolved()) ? " is not a file" : " does not exist in the upload")));
        }
    }
}

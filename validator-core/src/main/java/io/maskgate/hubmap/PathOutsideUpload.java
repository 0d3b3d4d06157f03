package io.maskgate.hubmap;

import io.maskgate.rules.Category;
import io.maskgate.rules.FindingSink;
import io.maskgate.rules.Rule;
import io.maskgate.rules.RuleInfo;
import io.maskgate.rules.Severity;

/** A {@code data_path} or {@code contributors_path} that leads out of the upload folder (e.g. {@code ./../x}). */
@RuleInfo(code = "HUBMAP_PATH_OUTSIDE_UPLOAD", severity = Severity.ERROR, category = Category.HUBMAP_METADATA,
        summary = "data_path and contributors_path must point inside the upload folder.",
        hint = "Move the file or folder into the upload and give its path relative to the upload folder.")
public final class PathOutsideUpload implements Rule, UploadCheck {

    @Override
    public void check(UploadModel upload, FindingSink sink) {
        for (var list : java.util.List.of(upload.dataPaths(), upload.contributorsPaths())) {
            for (UploadModel.Reference r : list) {
                if (r.formatOk() && !r.inside()) {
                    sink.accept(finding(r.table().file(), r.location(), r.table().header().get(r.column()) + " in cell " + r.ref() + " is '"
                            + TsvReader.clip(r.value()) + "', which leads outside the upload folder; only what is inside is uploaded"));
                }
            }
        }
    }
}

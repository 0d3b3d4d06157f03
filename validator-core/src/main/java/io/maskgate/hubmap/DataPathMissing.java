package io.maskgate.hubmap;

import io.maskgate.rules.Category;
import io.maskgate.rules.FindingSink;
import io.maskgate.rules.Rule;
import io.maskgate.rules.RuleInfo;
import io.maskgate.rules.Severity;

import java.nio.file.Files;

/** A {@code data_path} that names no folder of the upload. */
@RuleInfo(code = "HUBMAP_DATA_PATH_MISSING", severity = Severity.ERROR, category = Category.HUBMAP_METADATA,
        summary = "Every data_path must name an existing dataset folder inside the upload.",
        hint = "Correct the path, or add the dataset folder to the upload.")
public final class DataPathMissing implements Rule, UploadCheck {

    @Override
    public void check(UploadModel upload, FindingSink sink) {
        for (UploadModel.Reference r : upload.dataPaths()) {
            if (!r.formatOk() || !r.inside() || Files.isDirectory(r.resolved())) {
                continue;
            }
            String rel = upload.relative(r.resolved());
            sink.accept(finding(r.table().file(), r.location(), "data_path in cell " + r.ref() + " is '" + TsvReader.clip(r.value())
                    + "', but " + rel + (Files.exists(r.resolved()) ? " is a file, not a dataset folder" : " does not exist in the upload")));
        }
    }
}

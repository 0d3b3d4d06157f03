package io.maskgate.hubmap;

import io.maskgate.rules.Category;
import io.maskgate.rules.FindingSink;
import io.maskgate.rules.Rule;
import io.maskgate.rules.RuleInfo;
import io.maskgate.rules.Severity;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/** Two metadata rows point at the same dataset folder. */
@RuleInfo(code = "HUBMAP_DATA_PATH_DUPLICATE", severity = Severity.ERROR, category = Category.HUBMAP_METADATA,
        summary = "Each metadata row describes its own dataset: no two rows may have the same data_path.",
        hint = "Give each row its own dataset folder, or delete the repeated row.")
public final class DataPathDuplicate implements Rule, UploadCheck {

    @Override
    public void check(UploadModel upload, FindingSink sink) {
        Map<Path, UploadModel.Reference> first = new HashMap<>();
        for (UploadModel.Reference r : upload.dataPaths()) {
            if (r.resolved() == null || !r.inside()) {
                continue;
            }
            UploadModel.Reference earlier = first.putIfAbsent(r.resolved(), r);
            if (earlier != null) {
                String rel = upload.relative(r.resolved());
                sink.accept(finding(r.table().file(), r.location(), "data_path in cell " + r.ref() + " names the same folder ("
                        + (rel.isEmpty() ? "the upload itself" : rel) + ") as cell " + earlier.ref()
                        + (earlier.table().file().equals(r.table().file()) ? "" : " of " + earlier.table().file())));
            }
        }
    }
}

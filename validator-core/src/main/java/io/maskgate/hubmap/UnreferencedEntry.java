package io.maskgate.hubmap;

import io.maskgate.rules.Category;
import io.maskgate.rules.FindingSink;
import io.maskgate.rules.Rule;
import io.maskgate.rules.RuleInfo;
import io.maskgate.rules.Severity;

import io.maskgate.rules.Location;

import java.util.HashSet;
import java.util.Set;

/** A top-level file or folder of the upload that no metadata row refers to: it would not be ingested. */
@RuleInfo(code = "HUBMAP_UNREFERENCED_ENTRY", severity = Severity.ERROR, category = Category.HUBMAP_METADATA,
        summary = "Every top-level entry of an upload must be a metadata TSV or be referenced by a data_path or contributors_path.",
        hint = "Add a metadata row for the dataset folder, or remove the entry from the upload.")
public final class UnreferencedEntry implements Rule, UploadCheck {

    @Override
    public void check(UploadModel upload, FindingSink sink) {
        if (!upload.complete()) {
            return; // some references could not be read: nothing can be called unreferenced
        }
        Set<String> referenced = new HashSet<>();
        for (var list : java.util.List.of(upload.dataPaths(), upload.contributorsPaths())) {
            for (UploadModel.Reference r : list) {
                if (r.resolved() == null || !r.inside()) {
                    continue;
                }
                String rel = upload.relative(r.resolved());
                if (rel.isEmpty()) {
                    return; // a dataset is the upload itself: its directory check covers the top level
                }
                int slash = rel.indexOf('/');
                referenced.add(slash < 0 ? rel : rel.substring(0, slash));
            }
        }
        for (String entry : upload.topLevel()) {
            boolean folder = entry.endsWith("/");
            String name = folder ? entry.substring(0, entry.length() - 1) : entry;
            if (referenced.contains(name) || IgnoreGlobs.DEFAULT.ignores(name) || (!folder && name.endsWith("metadata.tsv"))) {
                continue;
            }
            sink.accept(finding(name, Location.NONE, (folder ? "the folder " + entry : name)
                    + " is at the top of the upload but no metadata row refers to it"
                    + (folder ? " (no data_path names it), so it would not be ingested as a dataset"
                            : " (it is neither a *metadata.tsv nor a contributors_path)")));
        }
    }
}

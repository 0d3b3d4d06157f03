package io.maskgate.hubmap;

import io.maskgate.rules.Category;
import io.maskgate.rules.FindingSink;
import io.maskgate.rules.Location;
import io.maskgate.rules.Rule;
import io.maskgate.rules.RuleInfo;
import io.maskgate.rules.Severity;

import java.util.Optional;

/**
 * A required entry of the directory schema matches no path. Said in words, with the file the user
 * probably meant (which then is the finding's file) when there is one.
 */
@RuleInfo(code = "HUBMAP_REQUIRED_MISSING", severity = Severity.ERROR, category = Category.HUBMAP_DIRECTORY,
        summary = "Every required entry of the HuBMAP directory schema must match at least one path of the dataset.",
        hint = "Add the missing file or folder; keep a placeholder file in folders that would otherwise be empty, because empty folders are lost in transfer.")
public final class RequiredMissing implements Rule, DirectoryCheck {

    @Override
    public void check(DirectoryOutcome outcome, FindingSink sink) {
        for (SchemaEntry entry : outcome.match().missing()) {
            Optional<NearMiss> near = NearMiss.find(entry, outcome.match().schema(), outcome.listing().paths());
            String message = "Required but missing (" + outcome.versionNote() + "): " + entry.words() + ".";
            if (near.isEmpty()) {
                sink.accept(finding(outcome.file(""), Location.NONE, message,
                        "Add " + entry.title() + ". " + entry.firstSentence()));
                continue;
            }
            NearMiss m = near.get();
            message += " Probably meant: " + m.path() + " — " + m.explanation()
                    + (m.others() > 0 ? " (" + m.others() + " more like it)" : "") + ".";
            String hint = m.fix().isEmpty() || m.fix().equals(m.path())
                    ? "Fix " + m.path() + ": " + m.explanation() + "."
                    : (m.path().endsWith("/") ? "Rename the folder " : "Rename ") + m.path() + " to " + m.fix() + ".";
            sink.accept(finding(outcome.file(m.path()), Location.NONE, message, hint));
        }
    }
}

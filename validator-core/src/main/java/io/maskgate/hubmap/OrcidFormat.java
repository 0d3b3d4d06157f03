package io.maskgate.hubmap;

import io.maskgate.rules.Category;
import io.maskgate.rules.FindingSink;
import io.maskgate.rules.Location;
import io.maskgate.rules.Rule;
import io.maskgate.rules.RuleInfo;
import io.maskgate.rules.Severity;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** {@code orcid} must match HuBMAP's ORCID pattern. */
@RuleInfo(code = "HUBMAP_ORCID_FORMAT", severity = Severity.ERROR, category = Category.HUBMAP_METADATA,
        summary = "orcid must be a bare ORCID iD: four groups of four digits separated by hyphens, the last may end in X.",
        hint = "Write the iD alone, e.g. 0000-0002-1825-0097 (no https://orcid.org/ prefix).")
public final class OrcidFormat implements Rule, TableCheck {

    /** As published (Python syntax). */
    static final Pattern FORM = PythonRegex.compile("^(\\d{4}-){3}\\d{3}(\\d|X)$");
    private static final Pattern EMBEDDED = Pattern.compile("([0-9]{4}-[0-9]{4}-[0-9]{4}-[0-9]{3}[0-9X])");

    @Override
    public void check(TsvTable table, TableTemplate template, FindingSink sink) {
        TableCheck.forEach(table, template, ValueKind.ORCID, cell -> {
            if (FORM.matcher(cell.value()).matches()) {
                return;
            }
            Matcher m = EMBEDDED.matcher(cell.value());
            String hint = m.find() ? "Write only " + m.group(1) + "." : "";
            sink.accept(finding(table.file(), Location.cell(cell.row().row(), cell.excelColumn()), "orcid in cell " + cell.ref()
                    + " is '" + TsvReader.clip(cell.value()) + "', not an ORCID iD of the form 0000-0000-0000-000X", hint));
        });
    }
}

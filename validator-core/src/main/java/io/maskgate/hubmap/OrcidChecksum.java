package io.maskgate.hubmap;

import io.maskgate.rules.Category;
import io.maskgate.rules.FindingSink;
import io.maskgate.rules.Location;
import io.maskgate.rules.Rule;
import io.maskgate.rules.RuleInfo;
import io.maskgate.rules.Severity;

/** A well-formed ORCID iD whose check character is wrong: a typo, since ORCID never issues such an iD. */
@RuleInfo(code = "HUBMAP_ORCID_CHECKSUM", severity = Severity.WARNING, category = Category.HUBMAP_METADATA,
        summary = "An ORCID iD's last character must be its ISO 7064 MOD 11-2 check character.",
        hint = "Copy the iD from the person's ORCID record; one of its digits is probably mistyped.")
public final class OrcidChecksum implements Rule, TableCheck {

    @Override
    public void check(TsvTable table, TableTemplate template, FindingSink sink) {
        TableCheck.forEach(table, template, ValueKind.ORCID, cell -> {
            String v = cell.value();
            if (!OrcidFormat.FORM.matcher(v).matches() || Orcid.checksumValid(v)) {
                return;
            }
            String detail;
            if (!v.matches("[0-9X-]+")) {
                detail = "it uses non-ASCII digits, which ORCID never issues";
            } else {
                detail = "its check character should be " + Orcid.checkDigit(v.substring(0, 18)) + ", not " + v.charAt(18)
                        + ", so ORCID never issued this iD";
            }
            sink.accept(finding(table.file(), Location.cell(cell.row().row(), cell.excelColumn()), "orcid " + v + " in cell "
                    + cell.ref() + " fails the ORCID checksum: " + detail));
        });
    }
}

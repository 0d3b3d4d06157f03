package io.maskgate.hubmap;

import io.maskgate.rules.Category;
import io.maskgate.rules.FindingSink;
import io.maskgate.rules.Location;
import io.maskgate.rules.Rule;
import io.maskgate.rules.RuleInfo;
import io.maskgate.rules.Severity;

import java.util.regex.Pattern;

/** {@code derived_dataset_protocol_doi} must be a DOI in URL form. */
@RuleInfo(code = "HUBMAP_PROTOCOL_DOI_FORMAT", severity = Severity.ERROR, category = Category.HUBMAP_METADATA,
        summary = "derived_dataset_protocol_doi must be a protocol DOI in URL form, e.g. https://dx.doi.org/10.17504/protocols.io.xxxx/v1.",
        hint = "Write the DOI as a URL: https://dx.doi.org/ followed by the DOI.")
public final class ProtocolDoiFormat implements Rule, TableCheck {

    static final Pattern DOI_URL = Pattern.compile("https?://(?:dx\\.)?doi\\.org/10\\.[0-9]{4,9}/\\S+");
    static final Pattern BARE_DOI = Pattern.compile("(?i)(?:doi:\\s*)?(10\\.[0-9]{4,9}/\\S+)");

    @Override
    public void check(TsvTable table, TableTemplate template, FindingSink sink) {
        TableCheck.forEach(table, template, ValueKind.DOI_URL, cell -> {
            String v = cell.value();
            if (DOI_URL.matcher(v).matches()) {
                return;
            }
            var bare = BARE_DOI.matcher(v.trim());
            String hint = bare.matches() ? "Write it as https://dx.doi.org/" + bare.group(1) + "."
                    : v.trim().length() != v.length() && DOI_URL.matcher(v.trim()).matches() ? "Remove the surrounding spaces." : "";
            sink.accept(finding(table.file(), Location.cell(cell.row().row(), cell.excelColumn()),
                    cell.field().name() + " in cell " + cell.ref() + " is '" + TsvReader.clip(v)
                            + "', not a DOI URL such as https://dx.doi.org/10.17504/protocols.io.xxxx/v1", hint));
        });
    }
}

package io.maskgate.hubmap;

import io.maskgate.rules.Category;
import io.maskgate.rules.FindingSink;
import io.maskgate.rules.Location;
import io.maskgate.rules.Rule;
import io.maskgate.rules.RuleInfo;
import io.maskgate.rules.Severity;

import java.util.regex.Pattern;

/** {@code program_url} should be URL(s) of the versioned code. */
@RuleInfo(code = "HUBMAP_PROGRAM_URL_FORMAT", severity = Severity.WARNING, category = Category.HUBMAP_METADATA,
        summary = "program_url should hold http(s) URLs of the versioned code, comma-separated.",
        hint = "Give the full URL of the code at the version used, e.g. https://github.com/lab/tool/releases/tag/v1.2.0.")
public final class ProgramUrlFormat implements Rule, TableCheck {

    static final Pattern URL = Pattern.compile("https?://[A-Za-z0-9.-]+\\.[A-Za-z]{2,}(?::[0-9]+)?(?:/\\S*)?");

    @Override
    public void check(TsvTable table, TableTemplate template, FindingSink sink) {
        TableCheck.forEach(table, template, ValueKind.URLS, cell -> {
            for (String item : cell.value().split(",", -1)) {
                String u = item.trim();
                if (!URL.matcher(u).matches()) {
                    sink.accept(finding(table.file(), Location.cell(cell.row().row(), cell.excelColumn()),
                            cell.field().name() + " in cell " + cell.ref() + ": '" + TsvReader.clip(u) + "' is not an http(s) URL",
                            u.matches("[A-Za-z0-9.-]+\\.[A-Za-z]{2,}/\\S*") ? "Add the scheme: https://" + u + "." : ""));
                    return;
                }
            }
        });
    }
}

package io.maskgate.hubmap;

import io.maskgate.rules.Category;
import io.maskgate.rules.FindingSink;
import io.maskgate.rules.Location;
import io.maskgate.rules.Rule;
import io.maskgate.rules.RuleInfo;
import io.maskgate.rules.Severity;

import java.util.regex.Pattern;

/** {@code email}, when given, should look like an e-mail address. */
@RuleInfo(code = "HUBMAP_EMAIL_FORMAT", severity = Severity.WARNING, category = Category.HUBMAP_METADATA,
        summary = "email, when given, should be a single e-mail address (name@domain).",
        hint = "Write one address such as jane.doe@university.edu.")
public final class EmailFormat implements Rule, TableCheck {

    static final Pattern EMAIL = Pattern.compile("[^@\\s,;]+@[^@\\s,;]+\\.[^@\\s,;.]+");

    @Override
    public void check(TsvTable table, TableTemplate template, FindingSink sink) {
        TableCheck.forEach(table, template, ValueKind.EMAIL, cell -> {
            if (!EMAIL.matcher(cell.value()).matches()) {
                sink.accept(finding(table.file(), Location.cell(cell.row().row(), cell.excelColumn()), "email in cell "
                        + cell.ref() + " is '" + TsvReader.clip(cell.value()) + "', not an e-mail address"));
            }
        });
    }
}

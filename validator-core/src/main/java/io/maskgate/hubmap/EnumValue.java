package io.maskgate.hubmap;

import io.maskgate.rules.Category;
import io.maskgate.rules.FindingSink;
import io.maskgate.rules.Location;
import io.maskgate.rules.Rule;
import io.maskgate.rules.RuleInfo;
import io.maskgate.rules.Severity;

/** A field with a fixed list of values holds another value. */
@RuleInfo(code = "HUBMAP_ENUM_VALUE", severity = Severity.ERROR, category = Category.HUBMAP_METADATA,
        summary = "Fields with permissible values (Yes/No, derived_dataset_type) must hold one of them, spelled exactly.",
        hint = "Use one of the permissible values exactly as written (case and spaces matter).")
public final class EnumValue implements Rule, TableCheck {

    @Override
    public void check(TsvTable table, TableTemplate template, FindingSink sink) {
        TableCheck.forEach(table, template, ValueKind.ENUM, cell -> {
            if (cell.field().allowed().contains(cell.value())) {
                return;
            }
            String close = null;
            for (String a : cell.field().allowed()) {
                if (a.equalsIgnoreCase(cell.value().trim())) {
                    close = a;
                }
            }
            String allowed = PatternShape.orList(cell.field().allowed().stream().map(a -> "'" + a + "'").toList());
            sink.accept(finding(table.file(), Location.cell(cell.row().row(), cell.excelColumn()), "'" + cell.field().name()
                    + "' is '" + TsvReader.clip(cell.value()) + "' in cell " + cell.ref() + "; it must be " + allowed,
                    close == null ? "" : "Write '" + close + "' exactly (case and surrounding spaces matter)."));
        });
    }
}

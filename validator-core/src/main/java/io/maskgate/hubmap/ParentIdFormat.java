package io.maskgate.hubmap;

import io.maskgate.rules.Category;
import io.maskgate.rules.FindingSink;
import io.maskgate.rules.Location;
import io.maskgate.rules.Rule;
import io.maskgate.rules.RuleInfo;
import io.maskgate.rules.Severity;

import java.util.regex.Pattern;

/** {@code parent_dataset_id} must be HuBMAP ID(s), comma-separated. */
@RuleInfo(code = "HUBMAP_PARENT_ID_FORMAT", severity = Severity.ERROR, category = Category.HUBMAP_METADATA,
        summary = "parent_dataset_id must be one or more HuBMAP IDs (HBM###.XXXX.###, or the 32-hex-digit UUID), comma-separated.",
        hint = "Copy the parent dataset's HuBMAP ID from the portal, e.g. HBM386.ZGKG.235; separate several with commas.")
public final class ParentIdFormat implements Rule, TableCheck {

    static final Pattern HUBMAP_ID = Pattern.compile("HBM[0-9]{3}\\.[A-Z]{4}\\.[0-9]{3}");
    static final Pattern UUID = Pattern.compile("[0-9a-f]{32}");

    @Override
    public void check(TsvTable table, TableTemplate template, FindingSink sink) {
        TableCheck.forEach(table, template, ValueKind.HUBMAP_IDS, cell -> {
            String[] items = cell.value().split(",", -1);
            for (int i = 0; i < items.length; i++) {
                String id = items[i].trim();
                if (HUBMAP_ID.matcher(id).matches() || UUID.matcher(id).matches()) {
                    continue;
                }
                String which = items.length > 1 ? "item " + (i + 1) + " of " : "";
                String problem = id.isEmpty() ? "is empty (a stray comma?)" : "'" + TsvReader.clip(id) + "' is not a HuBMAP ID";
                String hint = "";
                String upper = id.toUpperCase(java.util.Locale.ROOT);
                if (!id.equals(upper) && HUBMAP_ID.matcher(upper).matches()) {
                    hint = "HuBMAP IDs are upper case: " + upper + ".";
                } else if (upper.matches("HBM[0-9]{3}[A-Z]{4}[0-9]{3}")) {
                    hint = "Keep the dots: " + upper.substring(0, 6) + "." + upper.substring(6, 10) + "." + upper.substring(10) + ".";
                }
                sink.accept(finding(table.file(), Location.cell(cell.row().row(), cell.excelColumn()),
                        which + "parent_dataset_id in cell " + cell.ref() + " " + problem + " (form HBM###.XXXX.###, e.g. HBM386.ZGKG.235)", hint));
                return;
            }
        });
    }
}

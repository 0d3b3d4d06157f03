package io.maskgate.objects;

import io.maskgate.rules.Category;
import io.maskgate.rules.RuleInfo;
import io.maskgate.rules.Severity;

/** Mask name is a channel name of the Source file OME-TIFF. */
@RuleInfo(code = "OBJECTS_MASK_NAME_UNKNOWN", severity = Severity.ERROR, category = Category.OBJECTS_TABLE,
        summary = "Mask name must equal the name of a channel of the Source file OME-TIFF (one channel per mask).",
        hint = "Write the channel name of the mask exactly as the OME-TIFF's OME-XML gives it (Channel/@Name).")
public final class MaskNameUnknown implements TableCheck {

    @Override
    public void row(TableContext t, TableRow row) {
        MaskBinding b = t.binding(row);
        if (b == null || b.info() == null || b.firstRow() != row.number()) {
            return;
        }
        int column = t.header().column(ObjectsTemplate.MASK_NAME).index();
        String channels = String.join(", ", b.info().channelNames());
        if (b.channel() < 0) {
            t.report(this, row.number(), column, "Mask name " + CellText.quote(b.maskName()) + " is not a channel of "
                    + b.sourceFile() + " (channels: " + channels + ")");
        } else if (!b.info().channelNames().get(b.channel()).equals(b.maskName())) {
            t.report(this, row.number(), column, "Mask name " + CellText.quote(b.maskName()) + " differs in case from channel '"
                    + b.info().channelNames().get(b.channel()) + "' of " + b.sourceFile(),
                    "Write the mask name exactly as the channel name, and prefer lower case in both.");
        }
    }
}

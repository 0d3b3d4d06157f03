package io.maskgate.store;

import io.maskgate.rules.Category;
import io.maskgate.rules.FindingSink;
import io.maskgate.rules.Location;
import io.maskgate.rules.Rule;
import io.maskgate.rules.RuleInfo;
import io.maskgate.rules.Severity;
import io.maskgate.zarr.DataType;

/** The mask array holds uint8 labels. */
@RuleInfo(code = "STORE_DATA_TYPE", severity = Severity.ERROR, category = Category.STORE_METADATA,
        summary = "The data array's data_type is uint8 (one label per pixel, 0 = background).",
        hint = "Store the masks as uint8; relabel frames with more than 255 objects.")
public final class DataTypeUint8 implements Rule, StoreCheck {

    @Override
    public void check(StoreModel store, FindingSink sink) {
        // An unknown data type is the Zarr reader's finding; this rule judges only valid ones.
        if (store.data == null || store.data.dataType() == null || DataType.UINT8.equals(store.data.dataType())) {
            return;
        }
        sink.accept(finding(store.dataFile, Location.pointer("/data_type"),
                "The mask array's data_type is " + store.data.dataType().name() + ", expected uint8."));
    }
}

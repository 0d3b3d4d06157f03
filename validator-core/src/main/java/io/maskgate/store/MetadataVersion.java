package io.maskgate.store;

import io.maskgate.rules.Category;
import io.maskgate.rules.FindingSink;
import io.maskgate.rules.Location;
import io.maskgate.rules.Rule;
import io.maskgate.rules.RuleInfo;
import io.maskgate.rules.Severity;

/** source_metadata_version names the schema of the embedded acquisition metadata. */
@RuleInfo(code = "STORE_METADATA_VERSION", severity = Severity.ERROR, category = Category.STORE_METADATA,
        summary = "source_metadata_version equals source_acquisition_metadata.schema_version.",
        hint = "Set source_metadata_version to the schema_version of the embedded acquisition metadata.")
public final class MetadataVersion implements Rule, StoreCheck {

    @Override
    public void check(StoreModel store, FindingSink sink) {
        Integer version = store.sourceMetadataVersion;
        Integer schema = store.acquisitionSchemaVersion;
        if (version != null && schema != null && !version.equals(schema)) {
            sink.accept(finding(store.rootFile, Location.pointer(Pointers.attribute("source_metadata_version")),
                    "source_metadata_version is " + version + ", but source_acquisition_metadata.schema_version is "
                            + schema + "."));
        }
    }
}

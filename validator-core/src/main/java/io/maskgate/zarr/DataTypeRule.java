package io.maskgate.zarr;

import com.fasterxml.jackson.databind.JsonNode;
import io.maskgate.rules.Category;
import io.maskgate.rules.Rule;
import io.maskgate.rules.RuleInfo;
import io.maskgate.rules.Severity;

import java.util.Optional;

/** data_type is a Zarr v3 core data type (bool, int8..int64, uint8..uint64, float16/32/64, complex64/128, r&lt;N&gt;). */
@RuleInfo(code = "ZARR_DATA_TYPE", severity = Severity.ERROR, category = Category.ZARR_METADATA,
        summary = "data_type is a Zarr v3 core data type (bool, int8..int64, uint8..uint64, float16/32/64, complex64/128, r<N>).",
        hint = "Use a core data type name, e.g. \"uint8\" for masks; extension data types cannot be read by maskgate.")
public final class DataTypeRule implements Rule {

    private static final String CORE = "bool, int8, int16, int32, int64, uint8, uint16, uint32, uint64, "
            + "float16, float32, float64, complex64, complex128, r<bits>";

    /** The data type, or null when it is absent, invalid or an extension maskgate cannot read. */
    DataType read(MetadataDocument doc) {
        JsonNode node = doc.member("data_type");
        Extension ext = Extension.parse(doc, node, "/data_type", DataTypeRule.class);
        if (ext == null) {
            return null;
        }
        if (ext.optional()) {
            doc.report(MustUnderstandRule.class, "/data_type/must_understand",
                    "data_type cannot be marked \"must_understand\": false: every reader must understand the data type");
        }
        Optional<DataType> type = DataType.parse(ext.name());
        if (type.isEmpty()) {
            doc.report(DataTypeRule.class, ext.namePointer(), (ext.bare() ? "unknown data type \"" : "extension data type \"")
                    + ext.name() + "\" is not supported (core types: " + CORE + ")");
            return null;
        }
        if (ext.configuration() != null && !ext.configuration().isEmpty()) {
            doc.report(DataTypeRule.class, ext.configurationPointer(), "core data type \"" + ext.name()
                    + "\" takes no configuration");
            return null;
        }
        return type.get();
    }
}

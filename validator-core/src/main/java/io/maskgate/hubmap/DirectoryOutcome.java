package io.maskgate.hubmap;

import io.maskgate.validation.HubmapSchemaMode;

/**
 * A dataset's directory check: what was listed, which version was applied and how it matched.
 *
 * @param datasetFile the dataset folder relative to the validation target ({@code ""} when it is the target)
 * @param match       the result of the applied version
 * @param mode        the schema mode
 * @param accepted    true when the applied version accepts the dataset
 */
public record DirectoryOutcome(String datasetFile, DatasetListing listing, SchemaMatch match, HubmapSchemaMode mode,
                               boolean accepted) {

    /** A dataset path as the report shows it: relative to the validation target. */
    public String file(String datasetRelative) {
        String p = datasetRelative.endsWith("/") ? datasetRelative.substring(0, datasetRelative.length() - 1) : datasetRelative;
        if (datasetFile.isEmpty()) {
            return p;
        }
        return p.isEmpty() ? datasetFile : datasetFile + "/" + p;
    }

    /** The version note every directory message carries, e.g. "as segmentation-mask-v2.7". */
    public String versionNote() {
        String id = match.schema().id();
        if (mode == HubmapSchemaMode.ANY_MINOR && !accepted) {
            return "as " + id + ", the latest; no " + match.schema().version().major() + ".x version accepts this dataset";
        }
        return mode == HubmapSchemaMode.ANY_MINOR ? "as " + id + ", any-minor mode" : "as " + id;
    }
}

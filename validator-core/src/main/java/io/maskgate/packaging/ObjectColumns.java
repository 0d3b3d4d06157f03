package io.maskgate.packaging;

import io.maskgate.objects.FeatureColumn;
import io.maskgate.objects.ObjectsTableWriter;

/**
 * The objects table of a packaged mask: HuBMAP's template columns, then the feature columns that keep each
 * object traceable to the store (trench, FOV, full-frame position, time, source label and hypothesis) and its
 * shape (area, length, width, bounding box), each with its header-block attributes.
 */
final class ObjectColumns {

    private ObjectColumns() {
    }

    /** The table writer; the frame-interval column only when the store gives the interval. */
    static ObjectsTableWriter writer(boolean withEpoch, boolean withMinutes) {
        ObjectsTableWriter w = ObjectsTableWriter.template()
                .withFeature(FeatureColumn.of("Trench ID", "integer", "spatial",
                        "trench_id of the object's trench in the mask store's trench_mapping (one source file per trench)."))
                .withFeature(FeatureColumn.of("FOV", "text", "spatial",
                        "Field of view of the trench (trench_mapping fov)."))
                .withFeature(FeatureColumn.of("Frame X", "float", "spatial",
                        "Centroid X in full-frame pixels of the field of view: the trench crop put back at its "
                                + "trench_mapping bounds.").withUnit("pixel"))
                .withFeature(FeatureColumn.of("Frame Y", "float", "spatial",
                        "Centroid Y in full-frame pixels of the field of view (crops flipped back where needs_flip).")
                        .withUnit("pixel"))
                .withFeature(FeatureColumn.of("Time index", "integer", "spatial",
                        "Time point of the object: its plane (T) in the source file, 0-based."));
        if (withMinutes) {
            w = w.withFeature(FeatureColumn.of("Time minutes", "float", "spatial",
                    "Time of the object's frame in minutes after the first frame (time index × the acquisition's frame interval)."));
        }
        w = w.withFeature(FeatureColumn.of("Source label", "integer", "mask",
                        "Label of the object in its frame of the mask store (labels restart in every frame; the Object ID is unique)."))
                .withFeature(FeatureColumn.of("Source hypothesis", "integer", "mask",
                        "Index of the segmentation hypothesis in the mask store the object comes from."));
        if (withEpoch) {
            w = w.withFeature(FeatureColumn.of("Source epoch", "integer", "mask",
                    "Training epoch of the segmentation checkpoint (hypothesis) that produced the object."));
        }
        return w.withFeature(FeatureColumn.of("Area", "integer", "morphology", "Object area in pixels.").withUnit("pixel"))
                .withFeature(FeatureColumn.of("Area um2", "float", "morphology", "Object area in square micrometers.")
                        .withUnit("square micrometer"))
                .withFeature(FeatureColumn.of("Length um", "float", "morphology",
                        "Length in micrometers: major axis of the ellipse with the object's second moments (4 sqrt of the larger eigenvalue)."))
                .withFeature(FeatureColumn.of("Width um", "float", "morphology",
                        "Width in micrometers: minor axis of the ellipse with the object's second moments (4 sqrt of the smaller eigenvalue)."))
                .withFeature(FeatureColumn.of("Bounding box X min", "integer", "spatial",
                        "Leftmost pixel column of the object in the source file.").withUnit("pixel"))
                .withFeature(FeatureColumn.of("Bounding box Y min", "integer", "spatial",
                        "Top pixel row of the object in the source file.").withUnit("pixel"))
                .withFeature(FeatureColumn.of("Bounding box X max", "integer", "spatial",
                        "Rightmost pixel column of the object in the source file.").withUnit("pixel"))
                .withFeature(FeatureColumn.of("Bounding box Y max", "integer", "spatial",
                        "Bottom pixel row of the object in the source file.").withUnit("pixel"));
    }
}

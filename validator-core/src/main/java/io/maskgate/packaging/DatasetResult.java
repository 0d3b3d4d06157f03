package io.maskgate.packaging;

/**
 * One packaged hypothesis: its dataset folder in the upload and what went into it.
 *
 * @param emptyTrenches trenches without any object in this hypothesis: no mask file is written for them
 *                      (an all-background mask is a finding), and the provenance lists them
 * @param layout        one mask file per trench or per field of view
 * @param emptyFovs     with the FOV layout, fields of view without any object (no file either)
 */
public record DatasetResult(String directory, int hypothesis, int epoch, long objects, int maskFiles,
                            int emptyTrenches, long adjacencies, String pixelType, MaskLayout layout, int emptyFovs) {
}

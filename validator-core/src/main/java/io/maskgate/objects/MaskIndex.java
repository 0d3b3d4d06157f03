package io.maskgate.objects;

import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * What is known about the mask OME-TIFFs of a {@code segmentation_masks} folder, looked up by the
 * file name a table's {@code Source file} column gives. The HuBMAP validator adapts the OME-TIFF
 * analysis to it; without it ({@link #NONE}) the checks that compare rows with labels are skipped.
 */
@FunctionalInterface
public interface MaskIndex {

    /** No mask information: only the table itself is checked. */
    MaskIndex NONE = sourceFile -> Optional.empty();

    /** The mask OME-TIFF named {@code sourceFile} (a file name in the folder), when it was analysed. */
    Optional<MaskInfo> mask(String sourceFile);

    /** An index over a fixed map from file name to mask information. */
    static MaskIndex of(Map<String, MaskInfo> masks) {
        Map<String, MaskInfo> copy = new TreeMap<>(masks);
        return sourceFile -> Optional.ofNullable(copy.get(sourceFile));
    }
}

package io.maskgate.hubmap;

import io.maskgate.objects.MaskIndex;
import io.maskgate.ometiff.LabelStats;
import io.maskgate.ometiff.OmeTiffMaskSummary;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The objects checks see a mask's channels only when its OME-XML named them. */
class MaskIndexAdapterTest {

    /** A summary whose channels' pixels were not read (null labels), as for a file that failed after its OME-XML. */
    private static OmeTiffMaskSummary summary(boolean namesKnown, String... names) {
        List<LabelStats> unread = new ArrayList<>();
        for (int i = 0; i < names.length; i++) {
            unread.add(null);
        }
        return new OmeTiffMaskSummary(List.of(names), unread, 64, 64, 0.5, 0.5, 1, false, namesKnown);
    }

    @Test
    void masksAreIndexedByFileNameWithTheirChannels() {
        Map<String, OmeTiffMaskSummary> masks = new TreeMap<>();
        masks.put("derived/segmentation_masks/kidney.segmentations.ome.tiff", summary(true, "cells", "nuclei"));
        MaskIndex index = MaskIndexAdapter.of(masks);
        assertEquals(List.of("cells", "nuclei"), index.mask("kidney.segmentations.ome.tiff").orElseThrow().channelNames());
        assertFalse(index.mask("kidney.segmentations.ome.tiff").orElseThrow().complete());
    }

    @Test
    void aMaskWithoutUsableOmeXmlIsLeftOutSoRowsAreNotComparedWithUnnamedChannels() {
        Map<String, OmeTiffMaskSummary> masks = new TreeMap<>();
        masks.put("derived/segmentation_masks/imagej.segmentations.ome.tiff", summary(false, "", ""));
        masks.put("derived/segmentation_masks/ome.segmentations.ome.tiff", summary(true, "cells"));
        MaskIndex index = MaskIndexAdapter.of(masks);
        assertTrue(index.mask("imagej.segmentations.ome.tiff").isEmpty(), "channel names unknown: nothing to bind rows to");
        assertTrue(index.mask("ome.segmentations.ome.tiff").isPresent());
    }
}

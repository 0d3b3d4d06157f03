package io.maskgate.hubmap;

import io.maskgate.objects.MaskIndex;
import io.maskgate.objects.MaskInfo;
import io.maskgate.objects.MaskLabels;
import io.maskgate.objects.PackedMaskLabels;
import io.maskgate.ometiff.LabelStats;
import io.maskgate.ometiff.OmeTiffMaskSummary;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Presents the OME-TIFF analyses of a folder's masks to the objects checks, keyed by file name. Each
 * analysis is reduced to what the checks read (labels, boxes, first planes) in packed primitive
 * arrays as soon as it is made, so the statistics of a dataset's thousands of masks are not all held
 * until its objects table is read.
 */
final class MaskIndexAdapter {

    private MaskIndexAdapter() {
    }

    /**
     * {@code masks}: dataset-relative path → summary; the index is keyed by the file name, as a table's Source file gives it.
     * A mask whose channel names are unknown (no usable OME-XML) is left out: rows cannot be bound to its channels, and
     * comparing them would only repeat the OMETIFF_ finding about the missing OME-XML as OBJECTS_ findings.
     */
    static MaskIndex of(Map<String, OmeTiffMaskSummary> masks) {
        Map<String, MaskInfo> byName = new TreeMap<>();
        masks.forEach((path, summary) -> {
            MaskInfo info = indexed(summary);
            if (info != null) {
                byName.put(fileName(path), info);
            }
        });
        return MaskIndex.of(byName);
    }

    /** The file name of a dataset-relative path: the key of {@link MaskIndex#mask}. */
    static String fileName(String path) {
        return path.substring(path.lastIndexOf('/') + 1);
    }

    /** What the index keeps of {@code s}: its packed labels, or null when its channel names are unknown. */
    static MaskInfo indexed(OmeTiffMaskSummary s) {
        return s.channelNamesKnown() ? info(s) : null;
    }

    static MaskInfo info(OmeTiffMaskSummary s) {
        List<MaskLabels> channels = new ArrayList<>(s.channels().size());
        for (LabelStats l : s.channels()) {
            channels.add(l == null ? null : PackedMaskLabels.copyOf(view(l)));
        }
        return new MaskInfo(s.channelNames(), channels, s.complete());
    }

    private static MaskLabels view(LabelStats l) {
        return new MaskLabels() {
            @Override
            public int size() {
                return l.size();
            }

            @Override
            public long label(int i) {
                return l.label(i);
            }

            @Override
            public int indexOf(long label) {
                return l.indexOf(label);
            }

            @Override
            public int minX(int i) {
                return l.minX(i);
            }

            @Override
            public int minY(int i) {
                return l.minY(i);
            }

            @Override
            public int maxX(int i) {
                return l.maxX(i);
            }

            @Override
            public int maxY(int i) {
                return l.maxY(i);
            }

            @Override
            public int plane(int i) {
                return l.plane(i);
            }
        };
    }
}

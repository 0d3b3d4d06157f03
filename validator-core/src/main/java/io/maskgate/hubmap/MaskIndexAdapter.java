package io.maskgate.hubmap;

import io.maskgate.objects.MaskIndex;
import io.maskgate.objects.MaskInfo;
import io.maskgate.objects.MaskLabels;
import io.maskgate.ometiff.LabelStats;
import io.maskgate.ometiff.OmeTiffMaskSummary;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Presents the OME-TIFF analyses of a folder's masks to the objects checks, keyed by file name. */
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
            if (summary.channelNamesKnown()) {
                byName.put(path.substring(path.lastIndexOf('/') + 1), info(summary));
            }
        });
        return MaskIndex.of(byName);
    }

    static MaskInfo info(OmeTiffMaskSummary s) {
        List<MaskLabels> channels = new ArrayList<>(s.channels().size());
        for (LabelStats l : s.channels()) {
            channels.add(l == null ? null : labels(l));
        }
        return new MaskInfo(s.channelNames(), channels, s.complete());
    }

    private static MaskLabels labels(LabelStats l) {
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

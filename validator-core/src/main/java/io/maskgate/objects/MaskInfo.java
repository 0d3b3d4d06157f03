package io.maskgate.objects;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * One mask OME-TIFF as the objects checks need it: its channel names (one channel per mask) and,
 * per channel, the labels found in the pixels.
 *
 * @param channelNames channel names in channel order ({@code ""} when a channel has none)
 * @param channels     per channel its labels, or null when the pixels of that channel were not read;
 *                     may be shorter than {@code channelNames}
 * @param complete     true when every plane was read to the end; when false, rows ↔ labels are not compared
 */
public record MaskInfo(List<String> channelNames, List<MaskLabels> channels, boolean complete) {

    public MaskInfo {
        channelNames = List.copyOf(channelNames);
        channels = Collections.unmodifiableList(new ArrayList<>(channels));
    }

    /** Channel names only: mask names are checked, labels are not. */
    public static MaskInfo namesOnly(List<String> channelNames) {
        return new MaskInfo(channelNames, List.of(), false);
    }

    /** Index of the channel named exactly {@code name}, or -1. */
    public int channelIndex(String name) {
        return channelNames.indexOf(name);
    }

    /** Index of the channel whose name equals {@code name} ignoring case, or -1. */
    public int channelIndexIgnoringCase(String name) {
        for (int i = 0; i < channelNames.size(); i++) {
            if (channelNames.get(i).equalsIgnoreCase(name)) {
                return i;
            }
        }
        return -1;
    }

    /** The labels of channel {@code c}, or null when unknown. */
    public MaskLabels labels(int c) {
        return c >= 0 && c < channels.size() ? channels.get(c) : null;
    }
}

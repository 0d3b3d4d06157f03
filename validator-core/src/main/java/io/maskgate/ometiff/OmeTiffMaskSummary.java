package io.maskgate.ometiff;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * What the label analysis of one mask OME-TIFF found, for checks across files (objects table ↔
 * labels): channel names and, per channel, the label statistics of all its planes.
 *
 * @param channelNames  Channel Name per channel from the OME-XML ("" when absent; channel i = IFD i without OME-XML)
 * @param channels      per channel, its labels; null for a channel whose pixels could not be read
 * @param sizeX         full-resolution width
 * @param sizeY         full-resolution height
 * @param pyramidLevels number of resolution levels per plane (1 = no pyramid)
 * @param complete      true when every plane was read and analysed to the end
 * @param channelNamesKnown true when the channel names come from usable OME-XML with an Image; false when there
 *                      is none (missing, unreadable, no Image), so which channel is which mask is unknown
 */
public record OmeTiffMaskSummary(List<String> channelNames, List<LabelStats> channels, long sizeX, long sizeY,
                                 Double physicalSizeX, Double physicalSizeY, int pyramidLevels, boolean complete,
                                 boolean channelNamesKnown) {

    public OmeTiffMaskSummary {
        channelNames = List.copyOf(channelNames);
        channels = Collections.unmodifiableList(new ArrayList<>(channels));
    }

    /** Index of the channel named {@code name} (exact match first, then ignoring case), or -1. */
    public int channelIndex(String name) {
        for (int i = 0; i < channelNames.size(); i++) {
            if (channelNames.get(i).equals(name)) {
                return i;
            }
        }
        for (int i = 0; i < channelNames.size(); i++) {
            if (channelNames.get(i).equalsIgnoreCase(name)) {
                return i;
            }
        }
        return -1;
    }

    /** The labels of channel {@code c}, or null when they could not be read. */
    public LabelStats labels(int c) {
        return channels.get(c);
    }
}

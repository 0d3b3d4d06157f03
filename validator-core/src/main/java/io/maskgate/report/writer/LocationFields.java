package io.maskgate.report.writer;

import io.maskgate.rules.Location;

import java.util.List;

/** The keys of a {@link Location} in the fixed order every report format uses for them. */
final class LocationFields {

    /**
     * Key names, as in the JSON report and the TSV/XLSX column headers; a label's bounding box is
     * the four inclusive keys {@code xMin}, {@code yMin}, {@code xMax}, {@code yMax}.
     */
    static final List<String> KEYS = List.of("pointer", "hypothesis", "epoch", "trench", "time", "label",
            "row", "column", "channel", "plane", "ifd", "x", "y", "xMin", "yMin", "xMax", "yMax");

    private LocationFields() {
    }

    /** The values in {@link #KEYS} order; null where a key does not apply. */
    static Object[] values(Location l) {
        Location.Box b = l.box();
        return new Object[] {l.pointer(), l.hypothesis(), l.epoch(), l.trench(), l.time(), l.label(),
                l.row(), l.column(), l.channel(), l.plane(), l.ifd(), l.x(), l.y(),
                b == null ? null : b.xMin(), b == null ? null : b.yMin(), b == null ? null : b.xMax(), b == null ? null : b.yMax()};
    }
}

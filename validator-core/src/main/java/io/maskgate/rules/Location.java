package io.maskgate.rules;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Where inside a file a finding lies. Only the fields that apply are set; the others are null.
 * Metadata uses a JSON pointer, masks use (hypothesis, epoch, trench, time, label), tables use
 * Excel-true (row, column) — both 1-based, as a spreadsheet shows them — and images use
 * (channel, plane, x, y), or the TIFF {@code ifd} when which channel and plane an IFD holds is
 * unknown. A label of an image also carries its bounding {@code box}.
 */
public record Location(String pointer,
                       Integer hypothesis, Integer epoch, Integer trench, Integer time, Long label,
                       Long row, Integer column,
                       Integer channel, Integer plane, Integer ifd, Long x, Long y, Box box) implements Serializable {

    /** The whole file. */
    public static final Location NONE = new Location(null, null, null, null, null, null, null, null, null, null, null,
            null, null, null);

    /** An inclusive pixel rectangle, origin top-left: a label's extent. */
    public record Box(long xMin, long yMin, long xMax, long yMax) implements Serializable {

        static final Comparator<Box> ORDER = Comparator.comparingLong(Box::yMin).thenComparingLong(Box::xMin)
                .thenComparingLong(Box::yMax).thenComparingLong(Box::xMax);

        /** {@code x 3–9, y 4–12}. */
        public String describe() {
            return "x " + xMin + "–" + xMax + ", y " + yMin + "–" + yMax;
        }
    }

    public static final Comparator<Location> ORDER = Comparator
            .<Location, String>comparing(Location::pointer, Comparator.nullsFirst(NaturalOrder.INSTANCE))
            .thenComparing(Location::hypothesis, Location.<Integer>nullsFirst())
            .thenComparing(Location::trench, Location.<Integer>nullsFirst())
            .thenComparing(Location::time, Location.<Integer>nullsFirst())
            .thenComparing(Location::label, Location.<Long>nullsFirst())
            .thenComparing(Location::row, Location.<Long>nullsFirst())
            .thenComparing(Location::column, Location.<Integer>nullsFirst())
            .thenComparing(Location::channel, Location.<Integer>nullsFirst())
            .thenComparing(Location::plane, Location.<Integer>nullsFirst())
            .thenComparing(Location::ifd, Location.<Integer>nullsFirst())
            .thenComparing(Location::y, Location.<Long>nullsFirst())
            .thenComparing(Location::x, Location.<Long>nullsFirst())
            .thenComparing(Location::box, Comparator.nullsFirst(Box.ORDER));

    private static <T extends Comparable<T>> Comparator<T> nullsFirst() {
        return Comparator.nullsFirst(Comparator.naturalOrder());
    }

    /** A JSON pointer (RFC 6901) into a metadata document, e.g. {@code /attributes/trench_mapping/3/x_left}. */
    public static Location pointer(String pointer) {
        return new Location(pointer, null, null, null, null, null, null, null, null, null, null, null, null, null);
    }

    /** A position in a mask store; any argument may be null when it does not apply. */
    public static Location mask(Integer hypothesis, Integer epoch, Integer trench, Integer time, Integer label) {
        return new Location(null, hypothesis, epoch, trench, time, label == null ? null : label.longValue(), null, null,
                null, null, null, null, null, null);
    }

    /** An Excel-true table cell: 1-based row and column; column may be null for a whole row. */
    public static Location cell(long row, Integer column) {
        return new Location(null, null, null, null, null, null, row, column, null, null, null, null, null, null);
    }

    /** A position in an image; any argument may be null when it does not apply. */
    public static Location pixel(Integer channel, Integer plane, Long x, Long y) {
        return new Location(null, null, null, null, null, null, null, null, channel, plane, null, x, y, null);
    }

    /**
     * A position in TIFF image file directory {@code ifd} (0-based, main chain), for files whose
     * OME-XML does not say which channel and plane the IFD holds; x and y may be null.
     */
    public static Location ifd(int ifd, Long x, Long y) {
        return new Location(null, null, null, null, null, null, null, null, null, null, ifd, x, y, null);
    }

    /** This location with the TIFF IFD that holds it. */
    public Location withIfd(Integer ifd) {
        return new Location(pointer, hypothesis, epoch, trench, time, label, row, column, channel, plane, ifd, x, y, box);
    }

    /** This location narrowed to one label of an image and its bounding box. */
    public Location withLabel(long label, Box box) {
        return new Location(pointer, hypothesis, epoch, trench, time, label, row, column, channel, plane, ifd, x, y, box);
    }

    public boolean isNone() {
        return equals(NONE);
    }

    /** Spreadsheet column letters for a 1-based column index: 1 → A, 27 → AA. */
    public static String columnLetters(int column) {
        StringBuilder sb = new StringBuilder();
        for (int c = column; c > 0; c = (c - 1) / 26) {
            sb.insert(0, (char) ('A' + (c - 1) % 26));
        }
        return sb.toString();
    }

    /** A short human description, e.g. {@code hypothesis 3 (epoch 800), trench 12, time 40, label 5}. */
    public String describe() {
        List<String> parts = new ArrayList<>();
        if (pointer != null) {
            parts.add(pointer.isEmpty() ? "(document root)" : pointer);
        }
        if (hypothesis != null) {
            parts.add(epoch != null ? "hypothesis " + hypothesis + " (epoch " + epoch + ")" : "hypothesis " + hypothesis);
        } else if (epoch != null) {
            parts.add("epoch " + epoch);
        }
        if (trench != null) {
            parts.add("trench " + trench);
        }
        if (time != null) {
            parts.add("time " + time);
        }
        if (label != null) {
            parts.add("label " + label);
        }
        if (row != null) {
            parts.add(column != null ? "cell " + columnLetters(column) + row : "row " + row);
        } else if (column != null) {
            parts.add("column " + columnLetters(column));
        }
        if (channel != null) {
            parts.add("channel " + channel);
        }
        if (plane != null) {
            parts.add("plane " + plane);
        }
        if (ifd != null) {
            parts.add("IFD " + ifd);
        }
        if (x != null || y != null) {
            parts.add("pixel (x=" + x + ", y=" + y + ")");
        }
        if (box != null) {
            parts.add("box (" + box.describe() + ")");
        }
        return String.join(", ", parts);
    }
}

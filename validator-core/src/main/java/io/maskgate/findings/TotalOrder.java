package io.maskgate.findings;

import io.maskgate.rules.Finding;
import io.maskgate.rules.Location;
import io.maskgate.rules.NaturalOrder;

import java.util.Comparator;

/**
 * {@link Finding#ORDER} made total (then epoch, severity, category, hint), written out field by field: sorting and
 * merging millions of findings spends most of its time here, and the composed comparator (key extractors, boxed
 * null-first comparisons) was several times slower. A test checks it against the composed definition.
 */
final class TotalOrder implements Comparator<Finding> {

    static final TotalOrder INSTANCE = new TotalOrder();

    private TotalOrder() {
    }

    @Override
    public int compare(Finding a, Finding b) {
        if (a == b) {
            return 0;
        }
        int c = NaturalOrder.compareText(a.file(), b.file());
        if (c != 0) {
            return c;
        }
        Location la = a.location();
        Location lb = b.location();
        if (la != lb) {
            c = compareLocations(la, lb);
            if (c != 0) {
                return c;
            }
        }
        c = compareStrings(a.code(), b.code());
        if (c != 0) {
            return c;
        }
        c = compareStrings(a.message(), b.message());
        if (c != 0) {
            return c;
        }
        c = compare(la.epoch(), lb.epoch());
        if (c != 0) {
            return c;
        }
        c = a.severity().compareTo(b.severity());
        if (c != 0) {
            return c;
        }
        c = a.category().compareTo(b.category());
        return c != 0 ? c : compareStrings(a.hint(), b.hint());
    }

    /** {@link Location#ORDER}: pointer, hypothesis, trench, time, label, row, column, channel, plane, ifd, y, x, box. */
    private static int compareLocations(Location a, Location b) {
        int c = compareNullableStrings(a.pointer(), b.pointer());
        if (c == 0) {
            c = compare(a.hypothesis(), b.hypothesis());
        }
        if (c == 0) {
            c = compare(a.trench(), b.trench());
        }
        if (c == 0) {
            c = compare(a.time(), b.time());
        }
        if (c == 0) {
            c = compare(a.label(), b.label());
        }
        if (c == 0) {
            c = compare(a.row(), b.row());
        }
        if (c == 0) {
            c = compare(a.column(), b.column());
        }
        if (c == 0) {
            c = compare(a.channel(), b.channel());
        }
        if (c == 0) {
            c = compare(a.plane(), b.plane());
        }
        if (c == 0) {
            c = compare(a.ifd(), b.ifd());
        }
        if (c == 0) {
            c = compare(a.y(), b.y());
        }
        if (c == 0) {
            c = compare(a.x(), b.x());
        }
        if (c == 0) {
            c = compareBoxes(a.box(), b.box());
        }
        return c;
    }

    /** Nulls first; then yMin, xMin, yMax, xMax. */
    private static int compareBoxes(Location.Box a, Location.Box b) {
        if (a == null) {
            return b == null ? 0 : -1;
        }
        if (b == null) {
            return 1;
        }
        int c = Long.compare(a.yMin(), b.yMin());
        if (c == 0) {
            c = Long.compare(a.xMin(), b.xMin());
        }
        if (c == 0) {
            c = Long.compare(a.yMax(), b.yMax());
        }
        return c != 0 ? c : Long.compare(a.xMax(), b.xMax());
    }

    @SuppressWarnings("ReferenceEquality") // identity is only a fast path for shared strings; compareTo decides
    private static int compareStrings(String a, String b) {
        return a == b ? 0 : a.compareTo(b);
    }

    @SuppressWarnings("ReferenceEquality") // identity is a fast path (and both null); the natural order decides
    private static int compareNullableStrings(String a, String b) {
        if (a == b) {
            return 0;
        }
        if (a == null) {
            return -1;
        }
        return b == null ? 1 : NaturalOrder.compareText(a, b);
    }

    /** Nulls first. */
    private static int compare(Integer a, Integer b) {
        if (a == null) {
            return b == null ? 0 : -1;
        }
        return b == null ? 1 : Integer.compare(a, b);
    }

    private static int compare(Long a, Long b) {
        if (a == null) {
            return b == null ? 0 : -1;
        }
        return b == null ? 1 : Long.compare(a, b);
    }
}

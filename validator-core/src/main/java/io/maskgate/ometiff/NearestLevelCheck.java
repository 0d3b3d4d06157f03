package io.maskgate.ometiff;

import java.io.IOException;

/**
 * Checks that one pyramid level is a nearest-neighbour reduction of the level above it, streaming:
 * the parent's rows arrive in order, the child's rows are read as their block starts, and each
 * child pixel must equal some pixel of its f × f block in the parent. Memory: one child row and
 * one flag per child column. Checks chain: each child row is passed on to the next level's check.
 */
final class NearestLevelCheck {

    private final TiffPlaneReader child;
    private final int level;
    private final int factor;
    private final long cumulativeFactor;
    private final int parentWidth;
    private final long parentHeight;
    private final int childWidth;
    private final long childHeight;
    private final long[] childRow;
    private final boolean[] matched;
    private final NearestLevelCheck next;

    private long violations;
    private long firstX = -1;
    private long firstY = -1;
    private long firstValue;

    NearestLevelCheck(TiffPlaneReader child, int level, int factor, long cumulativeFactor, int parentWidth,
                      long parentHeight, NearestLevelCheck next) {
        this.child = child;
        this.level = level;
        this.factor = factor;
        this.cumulativeFactor = cumulativeFactor;
        this.parentWidth = parentWidth;
        this.parentHeight = parentHeight;
        this.childWidth = child.width();
        this.childHeight = child.height();
        this.childRow = new long[childWidth];
        this.matched = new boolean[childWidth];
        this.next = next;
    }

    /** Consumes parent row {@code y}. */
    void parentRow(long y, long[] parent) throws TiffException, IOException {
        long cy = y / factor;
        if (cy >= childHeight) {
            return; // parent rows past the child's coverage (child size rounded down)
        }
        if (y % factor == 0) {
            child.readRow(childRow);
            java.util.Arrays.fill(matched, false);
            if (next != null) {
                next.parentRow(cy, childRow);
            }
        }
        for (int x = 0; x < childWidth; x++) {
            if (matched[x]) {
                continue;
            }
            int x0 = x * factor;
            int x1 = Math.min(x0 + factor, parentWidth);
            long v = childRow[x];
            for (int px = x0; px < x1; px++) {
                if (parent[px] == v) {
                    matched[x] = true;
                    break;
                }
            }
        }
        if (y % factor == factor - 1 || y == parentHeight - 1) {
            for (int x = 0; x < childWidth; x++) {
                if (!matched[x]) {
                    if (violations++ == 0) {
                        firstX = x;
                        firstY = cy;
                        firstValue = childRow[x];
                    }
                }
            }
        }
    }

    int level() {
        return level;
    }

    int factor() {
        return factor;
    }

    long cumulativeFactor() {
        return cumulativeFactor;
    }

    TiffPlaneReader child() {
        return child;
    }

    NearestLevelCheck next() {
        return next;
    }

    long violations() {
        return violations;
    }

    long firstX() {
        return firstX;
    }

    long firstY() {
        return firstY;
    }

    long firstValue() {
        return firstValue;
    }
}

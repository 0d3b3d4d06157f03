package io.maskgate.ometiff;

import java.util.Arrays;

/**
 * Streams one mask plane row by row and computes, per label, pixel count, bounding box,
 * centroid sums and the number of 4-connected components, holding only two rows of runs.
 *
 * <p>Components are tracked with a union-find over the runs of the previous and the current row:
 * a run joins every same-valued run above it that it overlaps; a run that joins none starts a new
 * component. A component that no run of the current row continues can never merge again (under
 * 4-connectivity only vertically adjacent runs touch), so union-find ids are renumbered every row
 * and components(label) = started − merged. Memory: the label table plus O(width).
 *
 * <p>In detail mode (a second pass, only for labels found split) the bounding box of every
 * finished component of the selected labels is recorded, up to {@link #MAX_PARTS} per label.
 */
final class LabelScanner {

    static final int MAX_PARTS = 5;

    private final int width;
    private final int maxLabels;
    private final LongIndexMap index = new LongIndexMap(1024);
    private long[] label = new long[256];
    private long[] count = new long[256];
    private int[] box = new int[4 * 256];
    private long[] sumX = new long[256];
    private long[] sumY = new long[256];
    private int[] started = new int[256];
    private int[] merged = new int[256];
    private int[] firstX = new int[256];
    private boolean overflow;

    private long negativePixels;
    private long negativeMin;
    private long negativeX = -1;
    private long negativeY = -1;

    // Runs of the previous and current row.
    private int[] prevStart = new int[64];
    private int[] prevEnd = new int[64];
    private long[] prevValue = new long[64];
    private int[] prevComp = new int[64];
    private int prevCount;
    private int prevComps;
    private int[] curStart = new int[64];
    private int[] curEnd = new int[64];
    private long[] curValue = new long[64];
    private int[] curLabel = new int[64];
    private int[] curComp = new int[64];
    private int curCount;

    // Union-find over component ids: 0 .. prevComps-1 continue from the previous row.
    private int[] parent = new int[128];
    private int[] compLabel = new int[128];
    private int[] compBox = new int[4 * 128];
    private boolean[] alive = new boolean[128];
    private boolean[] closed = new boolean[128];
    private int[] remap = new int[128];
    private int[] nextCompLabel = new int[128];
    private int[] nextCompBox = new int[4 * 128];

    // Detail mode.
    private final LongIndexMap detail;
    private final int[][] parts;
    private final int[] partCount;

    /**
     * @param detailLabels labels whose component boxes to record, or null for none
     */
    LabelScanner(int width, int maxLabels, long[] detailLabels) {
        this.width = width;
        this.maxLabels = maxLabels;
        Arrays.fill(remap, -1);
        if (detailLabels != null) {
            detail = new LongIndexMap(detailLabels.length);
            for (long l : detailLabels) {
                detail.getOrAdd(l);
            }
            parts = new int[detail.size()][4 * MAX_PARTS];
            partCount = new int[detail.size()];
        } else {
            detail = null;
            parts = null;
            partCount = null;
        }
    }

    /** True when the plane had more than {@code maxLabels} labels; the scan stopped there. */
    boolean overflow() {
        return overflow;
    }

    long negativePixels() {
        return negativePixels;
    }

    long negativeMin() {
        return negativeMin;
    }

    long negativeX() {
        return negativeX;
    }

    long negativeY() {
        return negativeY;
    }

    /** Processes row {@code y} (rows must come in order 0, 1, 2, ...). */
    void row(int y, long[] values) {
        if (overflow) {
            return;
        }
        collectRuns(y, values);
        if (overflow) {
            return;
        }
        link(y);
        if (detail != null) {
            closeFinished();
        }
        compact();
    }

    private void collectRuns(int y, long[] v) {
        curCount = 0;
        int x = 0;
        while (x < width) {
            long value = v[x];
            if (value == 0) {
                x++;
                continue;
            }
            int start = x;
            while (x < width && v[x] == value) {
                x++;
            }
            if (value < 0) {
                if (negativePixels == 0) {
                    negativeX = start;
                    negativeY = y;
                    negativeMin = value;
                }
                negativePixels += x - start;
                negativeMin = Math.min(negativeMin, value);
                continue;
            }
            int li = index.get(value);
            if (li < 0) {
                if (index.size() >= maxLabels) {
                    overflow = true;
                    return;
                }
                li = index.getOrAdd(value);
                growLabels(li + 1);
                label[li] = value;
                box[4 * li] = start;
                box[4 * li + 1] = y;
                box[4 * li + 2] = x - 1;
                box[4 * li + 3] = y;
                firstX[li] = start;
            } else {
                box[4 * li] = Math.min(box[4 * li], start);
                box[4 * li + 2] = Math.max(box[4 * li + 2], x - 1);
                box[4 * li + 3] = y;
            }
            long len = (long) x - start;
            count[li] += len;
            sumX[li] += (start + (long) x - 1) * len / 2;
            sumY[li] += (long) y * len;
            if (curCount == curStart.length) {
                growRuns();
            }
            curStart[curCount] = start;
            curEnd[curCount] = x;
            curValue[curCount] = value;
            curLabel[curCount] = li;
            curComp[curCount] = -1;
            curCount++;
        }
    }

    private void link(int y) {
        int needed = prevComps + curCount;
        if (needed > parent.length) {
            growComps(needed);
        }
        int next = prevComps;
        int i = 0;
        for (int j = 0; j < curCount; j++) {
            int s = curStart[j];
            int e = curEnd[j];
            while (i < prevCount && prevEnd[i] <= s) {
                i++;
            }
            for (int k = i; k < prevCount && prevStart[k] < e; k++) {
                if (prevValue[k] != curValue[j]) {
                    continue;
                }
                int r = find(prevComp[k]);
                if (curComp[j] < 0) {
                    curComp[j] = r;
                    extend(r, s, e - 1, y);
                } else {
                    int a = find(curComp[j]);
                    if (a != r) {
                        parent[r] = a;
                        mergeBox(a, r);
                        merged[curLabel[j]]++;
                    }
                }
            }
            if (curComp[j] < 0) {
                int id = next++;
                parent[id] = id;
                compLabel[id] = curLabel[j];
                compBox[4 * id] = s;
                compBox[4 * id + 1] = y;
                compBox[4 * id + 2] = e - 1;
                compBox[4 * id + 3] = y;
                alive[id] = false;
                closed[id] = false;
                curComp[j] = id;
                started[curLabel[j]]++;
            }
        }
        compsInUse = next;
    }

    private int compsInUse;

    private int find(int id) {
        int r = id;
        while (parent[r] != r) {
            parent[r] = parent[parent[r]];
            r = parent[r];
        }
        return r;
    }

    private void extend(int c, int x0, int x1, int y) {
        compBox[4 * c] = Math.min(compBox[4 * c], x0);
        compBox[4 * c + 2] = Math.max(compBox[4 * c + 2], x1);
        compBox[4 * c + 3] = Math.max(compBox[4 * c + 3], y);
    }

    private void mergeBox(int into, int from) {
        compBox[4 * into] = Math.min(compBox[4 * into], compBox[4 * from]);
        compBox[4 * into + 1] = Math.min(compBox[4 * into + 1], compBox[4 * from + 1]);
        compBox[4 * into + 2] = Math.max(compBox[4 * into + 2], compBox[4 * from + 2]);
        compBox[4 * into + 3] = Math.max(compBox[4 * into + 3], compBox[4 * from + 3]);
    }

    /** Records components of the previous row that the current row does not continue. */
    private void closeFinished() {
        for (int j = 0; j < curCount; j++) {
            alive[find(curComp[j])] = true;
        }
        for (int c = 0; c < prevComps; c++) {
            int r = find(c);
            if (!alive[r] && !closed[r]) {
                closed[r] = true;
                record(r);
            }
        }
        for (int j = 0; j < curCount; j++) {
            alive[find(curComp[j])] = false;
        }
        for (int c = 0; c < compsInUse; c++) {
            closed[c] = false;
        }
    }

    private void record(int comp) {
        int d = detail.get(label[compLabel[comp]]);
        if (d >= 0 && partCount[d] < MAX_PARTS) {
            System.arraycopy(compBox, 4 * comp, parts[d], 4 * partCount[d], 4);
            partCount[d]++;
        }
    }

    /** Renumbers the current row's components 0..n-1 so they become the next row's "previous" ids. */
    private void compact() {
        int n = 0;
        for (int j = 0; j < curCount; j++) {
            int r = find(curComp[j]);
            if (remap[r] < 0) {
                remap[r] = n;
                nextCompLabel[n] = compLabel[r];
                System.arraycopy(compBox, 4 * r, nextCompBox, 4 * n, 4);
                n++;
            }
            curComp[j] = remap[r];
        }
        Arrays.fill(remap, 0, compsInUse, -1);
        int[] tl = compLabel;
        compLabel = nextCompLabel;
        nextCompLabel = tl;
        int[] tb = compBox;
        compBox = nextCompBox;
        nextCompBox = tb;
        for (int c = 0; c < n; c++) {
            parent[c] = c;
        }
        prevComps = n;
        int[] t = prevStart;
        prevStart = curStart;
        curStart = t;
        t = prevEnd;
        prevEnd = curEnd;
        curEnd = t;
        long[] tv = prevValue;
        prevValue = curValue;
        curValue = tv;
        t = prevComp;
        prevComp = curComp;
        curComp = t;
        prevCount = curCount;
        curCount = 0;
    }

    /** Ends the plane: in detail mode, the components still open are recorded. */
    void finish() {
        if (detail != null && !overflow) {
            for (int c = 0; c < prevComps; c++) {
                record(c);
            }
        }
        prevComps = 0;
        prevCount = 0;
    }

    /** The statistics of the labels seen, sorted by label. */
    LabelStats stats() {
        int n = index.size();
        long[] sortedLabels = Arrays.copyOf(label, n);
        Arrays.sort(sortedLabels);
        long[] p = new long[n];
        int[] b = new int[4 * n];
        long[] sx = new long[n];
        long[] sy = new long[n];
        int[] c = new int[n];
        int[] fx = new int[n];
        for (int k = 0; k < n; k++) {
            int li = index.get(sortedLabels[k]);
            p[k] = count[li];
            System.arraycopy(box, 4 * li, b, 4 * k, 4);
            sx[k] = sumX[li];
            sy[k] = sumY[li];
            c[k] = started[li] - merged[li];
            fx[k] = firstX[li];
        }
        return new LabelStats(sortedLabels, p, b, sx, sy, c, fx);
    }

    /** In detail mode: the recorded component boxes of {@code label} (minX, minY, maxX, maxY each). */
    int[] parts(long label) {
        int d = detail.get(label);
        return d < 0 ? new int[0] : Arrays.copyOf(parts[d], 4 * partCount[d]);
    }

    private void growLabels(int n) {
        if (n <= label.length) {
            return;
        }
        int cap = Math.max(n, label.length * 2);
        label = Arrays.copyOf(label, cap);
        count = Arrays.copyOf(count, cap);
        box = Arrays.copyOf(box, 4 * cap);
        sumX = Arrays.copyOf(sumX, cap);
        sumY = Arrays.copyOf(sumY, cap);
        started = Arrays.copyOf(started, cap);
        merged = Arrays.copyOf(merged, cap);
        firstX = Arrays.copyOf(firstX, cap);
    }

    private void growRuns() {
        int cap = curStart.length * 2;
        curStart = Arrays.copyOf(curStart, cap);
        curEnd = Arrays.copyOf(curEnd, cap);
        curValue = Arrays.copyOf(curValue, cap);
        curLabel = Arrays.copyOf(curLabel, cap);
        curComp = Arrays.copyOf(curComp, cap);
    }

    private void growComps(int needed) {
        int cap = Math.max(needed, parent.length * 2);
        parent = Arrays.copyOf(parent, cap);
        compLabel = Arrays.copyOf(compLabel, cap);
        compBox = Arrays.copyOf(compBox, 4 * cap);
        alive = Arrays.copyOf(alive, cap);
        closed = Arrays.copyOf(closed, cap);
        int old = remap.length;
        remap = Arrays.copyOf(remap, cap);
        Arrays.fill(remap, old, cap, -1);
        nextCompLabel = Arrays.copyOf(nextCompLabel, cap);
        nextCompBox = Arrays.copyOf(nextCompBox, 4 * cap);
    }
}

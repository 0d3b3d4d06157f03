package io.maskgate.packaging;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The fields of view of a store for {@code --layout fov}: which trenches each FOV holds (FOVs in order of first
 * appearance in {@code trench_mapping}) and the full-frame size every FOV file gets. Built before anything is
 * written: trench bounds that leave the frame, disagree with the crop size or overlap another trench of the same
 * FOV stop packaging with one message naming every such trench, since no FOV file could hold them faithfully.
 */
final class FovPlan {

    /** Largest frame side accepted: bounds beyond it are a broken mapping, not a microscope. */
    static final int MAX_SIDE = 1 << 15;
    /** Problems listed in the message; the rest are counted. */
    private static final int LISTED = 20;

    /** One field of view: its name, its position (file number) and its trenches in trench order. */
    record Fov(int index, String name, List<Integer> trenches) {
    }

    final List<Fov> fovs;
    final int width;
    final int height;
    /** True when the frame size comes from the trench bounds because the store gives no {@code file_summary.sizes}. */
    final boolean sizeFromBounds;

    private FovPlan(List<Fov> fovs, int width, int height, boolean sizeFromBounds) {
        this.fovs = List.copyOf(fovs);
        this.width = width;
        this.height = height;
        this.sizeFromBounds = sizeFromBounds;
    }

    /** The plan of {@code store}. @throws SourceDataException when a trench cannot be placed in its FOV frame */
    static FovPlan of(SourceStore store) {
        int w = store.width;
        int h = store.height;
        List<String> problems = new ArrayList<>();
        for (TrenchRecord r : store.mapping) {
            if ((r.xRight() != null && r.xRight() - r.xLeft() != w) || (r.yBottom() != null && r.yBottom() - r.yTop() != h)) {
                problems.add("trench " + r.trenchId() + " (" + r.fov() + "): bounds x " + r.xLeft() + ".." + r.xRight()
                        + ", y " + r.yTop() + ".." + r.yBottom() + " are not the " + w + " x " + h + " crop");
            }
        }
        boolean fromBounds = store.frameWidth < 0 || store.frameHeight < 0;
        int frameW = store.frameWidth;
        int frameH = store.frameHeight;
        if (fromBounds) {
            long maxX = 1;
            long maxY = 1;
            for (TrenchRecord r : store.mapping) {
                maxX = Math.max(maxX, (long) r.xLeft() + w);
                maxY = Math.max(maxY, (long) r.yTop() + h);
            }
            frameW = (int) Math.min(maxX, Integer.MAX_VALUE);
            frameH = (int) Math.min(maxY, Integer.MAX_VALUE);
        }
        String frame = frameW + " x " + frameH + (fromBounds ? " (from the trench bounds)" : " (file_summary.sizes)");
        if (frameW > MAX_SIDE || frameH > MAX_SIDE) {
            throw new SourceDataException("--layout fov: the full frame would be " + frame + " pixels, more than "
                    + MAX_SIDE + " on a side; check trench_mapping and file_summary.sizes, or use the trench layout");
        }
        for (TrenchRecord r : store.mapping) {
            if (r.xLeft() < 0 || r.yTop() < 0 || (long) r.xLeft() + w > frameW || (long) r.yTop() + h > frameH) {
                problems.add("trench " + r.trenchId() + " (" + r.fov() + "): x " + r.xLeft() + ".." + ((long) r.xLeft() + w)
                        + ", y " + r.yTop() + ".." + ((long) r.yTop() + h) + " leaves the " + frame + " frame");
            }
        }
        Map<String, List<Integer>> byFov = new LinkedHashMap<>();
        for (TrenchRecord r : store.mapping) {
            byFov.computeIfAbsent(r.fov(), k -> new ArrayList<>()).add(r.trenchId());
        }
        List<Fov> fovs = new ArrayList<>();
        for (Map.Entry<String, List<Integer>> e : byFov.entrySet()) {
            overlaps(store.mapping, e.getValue(), w, h, problems);
            fovs.add(new Fov(fovs.size(), e.getKey(), List.copyOf(e.getValue())));
        }
        if (!problems.isEmpty()) {
            StringBuilder sb = new StringBuilder("--layout fov: ").append(problems.size())
                    .append(problems.size() == 1 ? " trench bound does" : " trench bounds do")
                    .append(" not fit a full-frame FOV file (nothing was written): ");
            sb.append(String.join("; ", problems.subList(0, Math.min(LISTED, problems.size()))));
            if (problems.size() > LISTED) {
                sb.append("; and ").append(problems.size() - LISTED).append(" more");
            }
            sb.append(". Run 'maskgate validate' on the store, or package with the default trench layout");
            throw new SourceDataException(sb.toString());
        }
        return new FovPlan(fovs, frameW, frameH, fromBounds);
    }

    private static void overlaps(List<TrenchRecord> mapping, List<Integer> ids, int w, int h, List<String> problems) {
        for (int i = 0; i < ids.size(); i++) {
            TrenchRecord a = mapping.get(ids.get(i));
            for (int j = i + 1; j < ids.size(); j++) {
                TrenchRecord b = mapping.get(ids.get(j));
                boolean apart = (long) a.xLeft() + w <= b.xLeft() || (long) b.xLeft() + w <= a.xLeft()
                        || (long) a.yTop() + h <= b.yTop() || (long) b.yTop() + h <= a.yTop();
                if (!apart) {
                    problems.add("trenches " + a.trenchId() + " and " + b.trenchId() + " overlap in " + a.fov()
                            + " (x " + a.xLeft() + ", y " + a.yTop() + " and x " + b.xLeft() + ", y " + b.yTop() + ")");
                }
            }
        }
    }
}

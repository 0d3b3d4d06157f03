package io.maskgate.store;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.BitSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The {@code trench_mapping} records as primitive columns, so that per-record passes over the
 * full 2,795-record mapping stay linear and allocation-free. A record whose fields are missing or
 * of the wrong JSON type is not {@link #valid} and is left out of every relational check (the
 * attribute schema reports it once).
 */
final class TrenchTable {

    final int size;
    final boolean[] valid;
    final int[] trenchId;
    final String[] fov;
    final int[] lane;
    final int[] xLeft;
    final int[] xRight;
    final int[] yTop;
    final int[] yBottom;
    final int[] orientation;
    final boolean[] needsFlip;
    private final int validCount;

    /** Reads an already parsed JSON array (its size is bounded by the parsed document). */
    TrenchTable(JsonNode mapping) {
        size = mapping.size();
        valid = new boolean[size];
        trenchId = new int[size];
        fov = new String[size];
        lane = new int[size];
        xLeft = new int[size];
        xRight = new int[size];
        yTop = new int[size];
        yBottom = new int[size];
        orientation = new int[size];
        needsFlip = new boolean[size];
        int count = 0;
        for (int i = 0; i < size; i++) {
            JsonNode r = mapping.get(i);
            if (r == null || !r.isObject()) {
                continue;
            }
            JsonNode fovNode = r.get("fov");
            JsonNode flip = r.get("needs_flip");
            if (!isInt(r.get("trench_id")) || fovNode == null || !fovNode.isTextual() || !isInt(r.get("lane_index"))
                    || !isInt(r.get("x_left")) || !isInt(r.get("x_right")) || !isInt(r.get("y_top"))
                    || !isInt(r.get("y_bottom")) || !isInt(r.get("orientation")) || flip == null || !flip.isBoolean()) {
                continue;
            }
            valid[i] = true;
            trenchId[i] = r.get("trench_id").intValue();
            fov[i] = fovNode.textValue();
            lane[i] = r.get("lane_index").intValue();
            xLeft[i] = r.get("x_left").intValue();
            xRight[i] = r.get("x_right").intValue();
            yTop[i] = r.get("y_top").intValue();
            yBottom[i] = r.get("y_bottom").intValue();
            orientation[i] = r.get("orientation").intValue();
            needsFlip[i] = flip.booleanValue();
            count++;
        }
        validCount = count;
    }

    /** The same test the attribute schema applies ({@code int32}), so a value it accepts is always usable. */
    static boolean isInt(JsonNode node) {
        return node != null && node.isIntegralNumber() && node.canConvertToInt();
    }

    int validCount() {
        return validCount;
    }

    /** Box height of a valid record; long so that extreme int values cannot overflow. */
    long height(int i) {
        return (long) yBottom[i] - yTop[i];
    }

    long width(int i) {
        return (long) xRight[i] - xLeft[i];
    }

    /**
     * The lanes, keyed by (fov, lane_index), each with its valid, non-excluded records in record
     * order. Iteration follows first appearance, so output built from it is deterministic.
     */
    Map<Long, IntList> lanes(BitSet exclude) {
        Map<String, Integer> fovIds = new HashMap<>();
        Map<Long, IntList> lanes = new LinkedHashMap<>();
        for (int i = 0; i < size; i++) {
            if (!valid[i] || exclude.get(i)) {
                continue;
            }
            Integer id = fovIds.get(fov[i]);
            if (id == null) {
                id = fovIds.size();
                fovIds.put(fov[i], id);
            }
            long key = ((long) id << 32) | (lane[i] & 0xffffffffL);
            lanes.computeIfAbsent(key, k -> new IntList()).add(i);
        }
        return lanes;
    }
}

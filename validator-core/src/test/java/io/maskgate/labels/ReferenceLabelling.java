package io.maskgate.labels;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;

/**
 * Test-only reference for {@link FrameAnalyzer}: the obvious pixel-by-pixel breadth-first flood
 * fill, slow but easy to trust.
 */
final class ReferenceLabelling {

    final int height;
    final int width;
    final int[] area = new int[256];
    final int[] minY = new int[256];
    final int[] maxY = new int[256];
    final int[] minX = new int[256];
    final int[] maxX = new int[256];
    final int[] first = new int[256];
    final List<List<int[]>> boxes = new ArrayList<>();
    final List<Integer> order = new ArrayList<>();
    int maxLabel;

    ReferenceLabelling(byte[] data, int offset, int height, int width) {
        this.height = height;
        this.width = width;
        for (int i = 0; i < 256; i++) {
            boxes.add(new ArrayList<>());
        }
        boolean[] done = new boolean[height * width];
        ArrayDeque<Integer> queue = new ArrayDeque<>();
        for (int i = 0; i < height * width; i++) {
            int label = data[offset + i] & 0xFF;
            if (label == 0 || done[i]) {
                continue;
            }
            if (area[label] == 0) {
                order.add(label);
                first[label] = i;
                minY[label] = Integer.MAX_VALUE;
                minX[label] = Integer.MAX_VALUE;
                maxY[label] = -1;
                maxX[label] = -1;
                maxLabel = Math.max(maxLabel, label);
            }
            int[] box = {Integer.MAX_VALUE, -1, Integer.MAX_VALUE, -1};
            done[i] = true;
            queue.add(i);
            while (!queue.isEmpty()) {
                int p = queue.poll();
                int y = p / width;
                int x = p % width;
                area[label]++;
                box[0] = Math.min(box[0], y);
                box[1] = Math.max(box[1], y);
                box[2] = Math.min(box[2], x);
                box[3] = Math.max(box[3], x);
                int[][] next = {{y - 1, x}, {y + 1, x}, {y, x - 1}, {y, x + 1}};
                for (int[] n : next) {
                    if (n[0] >= 0 && n[0] < height && n[1] >= 0 && n[1] < width) {
                        int q = n[0] * width + n[1];
                        if (!done[q] && (data[offset + q] & 0xFF) == label) {
                            done[q] = true;
                            queue.add(q);
                        }
                    }
                }
            }
            minY[label] = Math.min(minY[label], box[0]);
            maxY[label] = Math.max(maxY[label], box[1]);
            minX[label] = Math.min(minX[label], box[2]);
            maxX[label] = Math.max(maxX[label], box[3]);
            boxes.get(label).add(box);
        }
    }
}

package io.maskgate.objects;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Checks one large objects table and prints what it cost; run in its own JVM with a small heap by
 * {@link LargeTableMemoryTest} (or by hand: {@code java -Xmx256m -cp ... io.maskgate.objects.LargeTableCheck t.xlsx 300000}).
 * The mask index holds one label per row, as the HuBMAP validator's OME-TIFF summary would.
 * Prints {@code rows=… findings=… millis=… peakHeapMiB=… maxHeapMiB=…}; exit code 0 when every row was read
 * and no finding was made.
 */
public final class LargeTableCheck {

    private LargeTableCheck() {
    }

    public static void main(String[] args) {
        Path file = Path.of(args[0]);
        int objects = Integer.parseInt(args[1]);
        long[] labels = new long[objects];
        int[] boxes = new int[4 * objects];
        for (int i = 0; i < objects; i++) {
            labels[i] = i + 1L;
            int x = LargeTables.x(i + 1);
            int y = LargeTables.y(i + 1);
            boxes[4 * i] = x - 2;
            boxes[4 * i + 1] = y - 2;
            boxes[4 * i + 2] = x + 2;
            boxes[4 * i + 3] = y + 2;
        }
        MaskIndex masks = MaskIndex.of(Map.of(ObjectsTables.TIFF,
                new MaskInfo(java.util.List.of("cells"), java.util.List.of(MaskLabels.of(labels, boxes)), true)));
        AtomicLong findings = new AtomicLong();
        long start = System.nanoTime();
        ObjectsTableResult r = new ObjectsTableChecker().checkTable(file, file.getFileName().toString(), masks, f -> {
            if (findings.incrementAndGet() <= 5) {
                System.out.println(f.code() + " " + f.location().describe() + " " + f.message());
            }
        });
        long millis = (System.nanoTime() - start) / 1_000_000;
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        System.out.println("rows=" + r.dataRows() + " findings=" + findings.get() + " millis=" + millis
                + " peakHeapMiB=" + (peak >> 20) + " maxHeapMiB=" + (Runtime.getRuntime().maxMemory() >> 20));
        System.exit(r.dataRows() == objects && r.complete() && findings.get() == 0 ? 0 : 1);
    }
}

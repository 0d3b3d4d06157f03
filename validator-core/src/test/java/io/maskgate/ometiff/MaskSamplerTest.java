package io.maskgate.ometiff;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

class MaskSamplerTest {

    @Test
    void readsLabelsAtPointsOfAChannelInAnyOrder(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("s.ome.tiff");
        try (OmeTiffWriter wr = OmeTiffWriter.create(f, 50, 40, List.of("cell", "nucleus"),
                OmeTiffWriter.Settings.of("uint16", 1, 1).withTileSize(16).withZT(2, 1))) {
            for (int p = 0; p < 4; p++) {
                int plane = p;
                wr.writePlane((y, row) -> {
                    for (int x = 0; x < 50; x++) {
                        row[x] = plane * 100L + x + y;
                    }
                });
            }
        }
        // XYZCT: channel 1, z 0 is plane 2
        long[] v = MaskSampler.labelsAt(f, 1, new long[] {3, 0, 49, 60, 10}, new long[] {30, 0, 39, 1, -1});
        assertArrayEquals(new long[] {233, 200, 288, MaskSampler.OUTSIDE, MaskSampler.OUTSIDE}, v);
        assertArrayEquals(new long[] {5}, MaskSampler.labelsAt(f, 0, new long[] {2}, new long[] {3}));
    }
}

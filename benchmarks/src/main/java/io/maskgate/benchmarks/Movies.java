package io.maskgate.benchmarks;

import com.github.luben.zstd.Zstd;
import io.maskgate.fixtures.MaskStoreGenerator;
import io.maskgate.fixtures.StoreSpec;

/** Realistic trench movies for the benchmarks, rendered by the fixtures generator (721 frames of 164 x 34). */
final class Movies {

    /** The generator's demo store: 17 hypotheses, 24 trenches, full 721-frame movies. */
    static final StoreSpec SPEC = StoreSpec.demo();
    static final int TIMES = SPEC.times();
    static final int FRAME = SPEC.height() * SPEC.width();

    private Movies() {
    }

    /** The movie of {@code hypothesis} in the first trench at or after {@code trench} that has cells. */
    static byte[] realistic(int hypothesis, int trench) {
        boolean[] empty = SPEC.emptyTrenches();
        int t = trench;
        while (empty[t % SPEC.trenches()]) {
            t++;
        }
        return MaskStoreGenerator.renderMovie(SPEC, hypothesis, t % SPEC.trenches());
    }

    /** zstd at the level zarr-python writes by default (0 = zstd's default, 3). */
    static byte[] compress(byte[] raw) {
        return Zstd.compress(raw, Zstd.defaultCompressionLevel());
    }
}

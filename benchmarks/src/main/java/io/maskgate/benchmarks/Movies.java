package io.maskgate.benchmarks;

import com.github.luben.zstd.Zstd;
import io.maskgate.fixtures.MaskStoreGenerator;
import io.maskgate.fixtures.StoreSpec;
import io.maskgate.store.kernel.StoreGeometry;
import io.maskgate.zarr.CodecSpec;
import io.maskgate.zarr.DataType;
import io.maskgate.zarr.codec.CodecConfigException;
import io.maskgate.zarr.codec.CodecEnvironment;
import io.maskgate.zarr.codec.CodecPipeline;
import io.maskgate.zarr.codec.FillValue;

import java.util.List;

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

    /** The demo store's first {@code trenches} trenches, one movie per chunk. */
    static StoreGeometry geometry(int trenches) {
        int[] epochs = SPEC.epochs().stream().mapToInt(Integer::intValue).toArray();
        return new StoreGeometry(SPEC.hypotheses(), epochs, trenches, TIMES, SPEC.height(), SPEC.width(), 0, "data",
                StoreGeometry.defaultKeys("data"));
    }

    /** The generated store's codecs, [bytes, zstd], over one movie per chunk: what the scan decodes with. */
    static CodecPipeline pipeline() {
        try {
            return CodecPipeline.of(List.of(new CodecSpec("bytes", null, "/codecs/0"), new CodecSpec("zstd", null, "/codecs/1")),
                    DataType.UINT8, new int[] {1, 1, TIMES, SPEC.height(), SPEC.width()},
                    FillValue.ofBytes(new byte[1]), CodecEnvironment.DEFAULT);
        } catch (CodecConfigException e) {
            throw new IllegalStateException(e);
        }
    }

    /** zstd at the level zarr-python writes by default (0 = zstd's default, 3). */
    static byte[] compress(byte[] raw) {
        return Zstd.compress(raw, Zstd.defaultCompressionLevel());
    }
}

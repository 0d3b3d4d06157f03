package io.maskgate.store;

import io.maskgate.rules.Category;
import io.maskgate.rules.FindingSink;
import io.maskgate.rules.Location;
import io.maskgate.rules.Rule;
import io.maskgate.rules.RuleInfo;
import io.maskgate.rules.Severity;

import java.util.Arrays;

/** One chunk per whole trench movie, as the card documents; other chunkings read fine but slowly. */
@RuleInfo(code = "STORE_CHUNK_SHAPE", severity = Severity.WARNING, category = Category.STORE_METADATA,
        summary = "The data array is chunked as one whole trench movie per chunk: (1, 1, n_times, trench_height, trench_width).",
        hint = "Rechunk to (1, 1, n_times, trench_height, trench_width) so that readers fetch one trench movie per chunk.")
public final class ChunkShape implements Rule, StoreCheck {

    @Override
    public void check(StoreModel store, FindingSink sink) {
        int[] chunks = store.data == null ? null : store.data.chunkShape();
        if (store.shape == null || chunks == null || chunks.length != store.shape.length) {
            return; // wrong rank or a chunk grid the Zarr reader rejects
        }
        long[] expected = {1, 1, Math.max(1, store.shape[2]), Math.max(1, store.shape[3]), Math.max(1, store.shape[4])};
        for (int i = 0; i < expected.length; i++) {
            if (chunks[i] != expected[i]) {
                sink.accept(finding(store.dataFile, Location.pointer("/chunk_grid/configuration/chunk_shape"),
                        "Chunk shape is " + Arrays.toString(chunks) + ", expected " + Arrays.toString(expected)
                                + " (one whole trench movie per chunk). The store stays readable."));
                return;
            }
        }
    }
}

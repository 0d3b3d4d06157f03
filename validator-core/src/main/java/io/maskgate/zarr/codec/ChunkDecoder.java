package io.maskgate.zarr.codec;

import java.util.List;

/**
 * Decodes stored chunks of one {@link CodecPipeline} on one thread, reusing its native contexts and
 * scratch buffers: after the first chunk, decoding allocates nothing (except in the Blosc binding,
 * which returns a new array). Not thread-safe; close it to free native memory.
 */
public final class ChunkDecoder implements AutoCloseable {

    private final CodecPipeline pipeline;
    private final BytesToBytesCodec.Decoder[] stages;
    private final ArrayToBytesCodec.Decoder arrayDecoder;
    private byte[] scratchA;
    private byte[] scratchB;
    private byte[] arrayInput;
    private byte[] transposed;

    ChunkDecoder(CodecPipeline pipeline) {
        this.pipeline = pipeline;
        BytesToBytesCodec[] codecs = pipeline.bytesCodecs();
        this.stages = new BytesToBytesCodec.Decoder[codecs.length];
        for (int k = 0; k < codecs.length; k++) {
            stages[k] = codecs[codecs.length - 1 - k].newDecoder();
        }
        this.arrayDecoder = pipeline.arrayToBytes().newDecoder();
    }

    public CodecPipeline pipeline() {
        return pipeline;
    }

    /**
     * Decodes the stored chunk {@code src[off, off+len)} into {@code out[0, rawBytes)}.
     *
     * @param out      at least {@link CodecPipeline#rawBytes()} long; undefined content when this fails
     *                 (regions of undecodable inner chunks of a shard hold the fill value)
     * @param problems receives why the chunk (or some inner chunks) did not decode
     * @return true when the whole chunk decoded
     */
    public boolean decode(byte[] src, int off, int len, byte[] out, List<ChunkProblem> problems) {
        int before = problems.size();
        try {
            int[] targets = pipeline.targets();
            int[] caps = pipeline.caps();
            byte[] arrayOut = pipeline.transposed() ? transposedBuffer() : out;
            byte[] buf = src;
            int o = off;
            int n = len;
            for (int k = 0; k < stages.length; k++) {
                int t = targets[k];
                if (t == CodecPipeline.TARGET_IN_PLACE) {
                    n = stages[k].decode(buf, o, n, null, 0);
                    continue;
                }
                byte[] target = switch (t) {
                    case CodecPipeline.TARGET_ARRAY_INPUT -> arrayInput(arrayOut);
                    case CodecPipeline.TARGET_SCRATCH_A -> scratchA();
                    default -> scratchB();
                };
                n = stages[k].decode(buf, o, n, target, caps[k]);
                buf = target;
                o = 0;
            }
            arrayDecoder.decode(buf, o, n, arrayOut, problems);
            if (pipeline.transposed()) {
                Transpose.permute(arrayOut, pipeline.encodedShape(), pipeline.inverseOrder(),
                        pipeline.dataType().byteSize(), out);
            }
        } catch (ChunkDecodeException e) {
            problems.add(e.problem());
        }
        return problems.size() == before;
    }

    private byte[] arrayInput(byte[] arrayOut) {
        if (pipeline.arrayToBytes().passthrough()) {
            return arrayOut;
        }
        if (arrayInput == null) {
            arrayInput = new byte[pipeline.arrayInputCap()];
        }
        return arrayInput;
    }

    private byte[] scratchA() {
        if (scratchA == null) {
            scratchA = new byte[pipeline.scratchACap()];
        }
        return scratchA;
    }

    private byte[] scratchB() {
        if (scratchB == null) {
            scratchB = new byte[pipeline.scratchBCap()];
        }
        return scratchB;
    }

    private byte[] transposedBuffer() {
        if (transposed == null) {
            transposed = new byte[pipeline.rawBytes()];
        }
        return transposed;
    }

    @Override
    public void close() {
        for (BytesToBytesCodec.Decoder d : stages) {
            d.close();
        }
        arrayDecoder.close();
    }
}

/**
 * Zarr v3 codecs: {@link io.maskgate.zarr.codec.CodecPipeline} (built once per array from its metadata) and
 * {@link io.maskgate.zarr.codec.ChunkDecoder} (one per thread) decode stored chunks into caller-owned buffers,
 * bounded by the chunk's raw size; failures are {@link io.maskgate.zarr.codec.ChunkProblem}s whose kinds are
 * the ZARR_CHUNK_* / ZARR_SHARD_INDEX rules, and setup failures are one ZARR_CODEC_UNAVAILABLE per array.
 */
package io.maskgate.zarr.codec;

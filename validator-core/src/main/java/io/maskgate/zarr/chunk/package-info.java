/**
 * Reading an array folder: {@link io.maskgate.zarr.chunk.ArrayChunkReader} (chunk keys, absent chunks, edge
 * extents, per-thread workers, findings with a {@link io.maskgate.zarr.chunk.ChunkLocator}), whose reads split
 * into fetching stored bytes ({@link io.maskgate.zarr.chunk.EncodedChunk}) and decoding them
 * ({@link io.maskgate.zarr.chunk.StoredChunkDecoder}), and {@link io.maskgate.zarr.chunk.StrayFileScanner}
 * (files that are not chunk keys inside the grid), both through a {@link io.maskgate.storage.Storage}.
 */
package io.maskgate.zarr.chunk;

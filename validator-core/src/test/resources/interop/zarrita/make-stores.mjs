// Generates small Zarr v3 stores with zarrita (an independent JavaScript Zarr v3 implementation)
// so maskgate's chunk reader is tested against bytes it did not write itself.
//
//   npm install            (versions pinned in package.json; node_modules is not committed)
//   node make-stores.mjs <output-folder>
//
// Every element is a known function of its index (see the value functions below and
// ZarritaInteropTest), so the Java test asserts each one exactly. After writing, every store is
// read back with zarrita's own reader and compared with the same function.
//
// zarrita 0.7.5 limits, and how this script works around them (documented, not hidden):
//  - zarr.create writes `codecs: []` and `fill_value: null` unless told: both are passed explicitly.
//  - zarrita cannot encode gzip (decode only) and maps `blosc` straight to numcodecs, whose shuffle
//    is numeric (Zarr v2 style): the registry entries are replaced by thin wrappers around the
//    numcodecs codecs that zarrita itself depends on.
//  - zarrita cannot write sharded arrays nor encode crc32c: the sharded store's inner chunks are
//    zstd-compressed with numcodecs, the shard (chunks + index + CRC32C) is assembled below, and the
//    result is then read back and checked with zarrita's sharding reader (index at the end, as
//    zarrita reads only a suffix index).
import * as fs from "node:fs";
import * as path from "node:path";
import * as zarr from "zarrita";
import FileSystemStore from "@zarrita/storage/fs";
import Zstd from "numcodecs/zstd";
import GZip from "numcodecs/gzip";
import Blosc from "numcodecs/blosc";

const out = path.resolve(process.argv[2] ?? ".");

// ---- codec registry tweaks (see header) -------------------------------------------------------
zarr.registry.set("gzip", async () => ({
  fromConfig(cfg) {
    const c = GZip.fromConfig({ level: cfg.level });
    return { kind: "bytes_to_bytes", encode: (b) => c.encode(b), decode: (b) => c.decode(b) };
  },
}));
const SHUFFLE = { noshuffle: 0, shuffle: 1, bitshuffle: 2 };
zarr.registry.set("blosc", async () => ({
  fromConfig(cfg) {
    const c = Blosc.fromConfig({ cname: cfg.cname, clevel: cfg.clevel, shuffle: SHUFFLE[cfg.shuffle], blocksize: cfg.blocksize });
    return { kind: "bytes_to_bytes", encode: (b) => c.encode(b), decode: (b) => c.decode(b) };
  },
}));

// ---- value functions (mirrored in ZarritaInteropTest) -----------------------------------------
const f2 = (i, j) => (i * 7 + j * 3) % 251;
const f3u16 = (i, j, k) => (i * 7919 + j * 331 + k * 17) % 65536;
const f2u16 = (i, j) => (Math.floor(i / 4) * 4099 + Math.floor(j / 5) * 257 + 1) % 65536; // blocky: compressible

function fill(shape, Ctor, fn) {
  const n = shape.reduce((a, b) => a * b, 1);
  const data = new Ctor(n);
  const stride = shape.map((_, d) => shape.slice(d + 1).reduce((a, b) => a * b, 1));
  for (let flat = 0; flat < n; flat++) {
    const idx = stride.map((s, d) => Math.floor(flat / s) % shape[d]);
    data[flat] = fn(...idx);
  }
  return { data, shape, stride };
}

function freshStore(name) {
  const dir = path.join(out, name);
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  return new FileSystemStore(dir);
}

async function check(store, expectFn, label) {
  const arr = await zarr.open.v3(store, { kind: "array" });
  const got = await zarr.get(arr);
  const n = got.data.length;
  for (let flat = 0; flat < n; flat++) {
    const idx = got.stride.map((s, d) => Math.floor(flat / s) % got.shape[d]);
    const want = expectFn(...idx);
    if (Number(got.data[flat]) !== want) {
      throw new Error(`${label}: zarrita reads ${got.data[flat]} at [${idx}], expected ${want}`);
    }
  }
  console.log(`${label}: ${n} elements verified with zarrita's reader`);
}

// 1. uint8, bytes + zstd, edge chunks on both axes, "/" keys.
{
  const store = freshStore("zstd_uint8");
  const arr = await zarr.create(store, {
    shape: [10, 9], chunkShape: [4, 4], dtype: "uint8", fillValue: 0,
    codecs: [{ name: "bytes", configuration: { endian: "little" } }, { name: "zstd", configuration: { level: 3, checksum: false } }],
  });
  await zarr.set(arr, null, fill([10, 9], Uint8Array, f2));
  await check(store, f2, "zstd_uint8");
}

// 2. uint8, bytes + gzip, "." keys, fill 42, chunk (1,1) never written (absent = fill value).
{
  const store = freshStore("gzip_uint8_missing_chunk");
  const arr = await zarr.create(store, {
    shape: [10, 9], chunkShape: [4, 4], dtype: "uint8", fillValue: 42, chunkSeparator: ".",
    codecs: [{ name: "bytes", configuration: { endian: "little" } }, { name: "gzip", configuration: { level: 5 } }],
  });
  const regions = [[0, 4, 0, 9], [4, 8, 0, 4], [4, 8, 8, 9], [8, 10, 0, 9]];
  for (const [r0, r1, c0, c1] of regions) {
    const part = fill([r1 - r0, c1 - c0], Uint8Array, (i, j) => f2(i + r0, j + c0));
    await zarr.set(arr, [zarr.slice(r0, r1), zarr.slice(c0, c1)], part);
  }
  await check(store, (i, j) => (i >= 4 && i < 8 && j >= 4 && j < 8 ? 42 : f2(i, j)), "gzip_uint8_missing_chunk");
}

// 3. uint16 big-endian behind a transpose, then zstd.
{
  const store = freshStore("transpose_uint16_be");
  const arr = await zarr.create(store, {
    shape: [6, 5, 4], chunkShape: [4, 3, 4], dtype: "uint16", fillValue: 0,
    codecs: [
      { name: "transpose", configuration: { order: [2, 0, 1] } },
      { name: "bytes", configuration: { endian: "big" } },
      { name: "zstd", configuration: { level: 1, checksum: false } },
    ],
  });
  await zarr.set(arr, null, fill([6, 5, 4], Uint16Array, f3u16));
  await check(store, f3u16, "transpose_uint16_be");
}

// 4. uint16, bytes + blosc (lz4, byte shuffle).
{
  const store = freshStore("blosc_lz4_uint16");
  const arr = await zarr.create(store, {
    shape: [40, 30], chunkShape: [20, 16], dtype: "uint16", fillValue: 0,
    codecs: [
      { name: "bytes", configuration: { endian: "little" } },
      { name: "blosc", configuration: { cname: "lz4", clevel: 5, shuffle: "shuffle", typesize: 2, blocksize: 0 } },
    ],
  });
  await zarr.set(arr, null, fill([40, 30], Uint16Array, f2u16));
  await check(store, f2u16, "blosc_lz4_uint16");
}

// 5. uint8 sharded: shards [4, 6] of inner chunks [2, 3]; inner codecs bytes + zstd; index
//    bytes(little) + crc32c at the end; inner chunk (0, 1) of shard (0, 0) is empty (index entry
//    2^64-1, 2^64-1) and shard (1, 1) is absent: both read as the fill value 7.
{
  const name = "sharded_crc32c";
  const dir = path.join(out, name);
  const store = freshStore(name);
  const shape = [8, 12], shard = [4, 6], inner = [2, 3], fillValue = 7;
  const meta = {
    zarr_format: 3, node_type: "array", shape, data_type: "uint8",
    chunk_grid: { name: "regular", configuration: { chunk_shape: shard } },
    chunk_key_encoding: { name: "default", configuration: { separator: "/" } },
    fill_value: fillValue,
    codecs: [{
      name: "sharding_indexed",
      configuration: {
        chunk_shape: inner,
        codecs: [{ name: "bytes", configuration: { endian: "little" } }, { name: "zstd", configuration: { level: 3, checksum: false } }],
        index_codecs: [{ name: "bytes", configuration: { endian: "little" } }, { name: "crc32c" }],
        index_location: "end",
      },
    }],
    attributes: {},
  };
  fs.writeFileSync(path.join(dir, "zarr.json"), JSON.stringify(meta, null, 2));
  const zstd = Zstd.fromConfig({ level: 3 });
  const isEmpty = (s0, s1, c0, c1) => s0 === 0 && s1 === 0 && c0 === 0 && c1 === 1;
  const expect = (i, j) => {
    const s0 = Math.floor(i / 4), s1 = Math.floor(j / 6);
    if (s0 === 1 && s1 === 1) return fillValue;
    if (isEmpty(s0, s1, Math.floor((i % 4) / 2), Math.floor((j % 6) / 3))) return fillValue;
    return f2(i, j);
  };
  for (let s0 = 0; s0 < 2; s0++) {
    for (let s1 = 0; s1 < 2; s1++) {
      if (s0 === 1 && s1 === 1) continue;
      const parts = [];
      const index = new BigUint64Array(2 * 2 * 2);
      let offset = 0;
      for (let c0 = 0; c0 < 2; c0++) {
        for (let c1 = 0; c1 < 2; c1++) {
          const e = (c0 * 2 + c1) * 2;
          if (isEmpty(s0, s1, c0, c1)) {
            index[e] = 0xFFFFFFFFFFFFFFFFn; index[e + 1] = 0xFFFFFFFFFFFFFFFFn;
            continue;
          }
          const raw = fill(inner, Uint8Array, (a, b) => f2(s0 * 4 + c0 * 2 + a, s1 * 6 + c1 * 3 + b)).data;
          const enc = await zstd.encode(raw);
          index[e] = BigInt(offset); index[e + 1] = BigInt(enc.length);
          parts.push(enc); offset += enc.length;
        }
      }
      const indexBytes = new Uint8Array(index.buffer); // little-endian on every platform node runs on
      const crc = crc32c(indexBytes);
      const crcBytes = new Uint8Array([crc & 0xff, (crc >>> 8) & 0xff, (crc >>> 16) & 0xff, (crc >>> 24) & 0xff]);
      const shardDir = path.join(dir, "c", String(s0));
      fs.mkdirSync(shardDir, { recursive: true });
      fs.writeFileSync(path.join(shardDir, String(s1)), Buffer.concat([...parts, indexBytes, crcBytes]));
    }
  }
  await check(store, expect, name);
}

// CRC-32C (Castagnoli, reflected polynomial 0x82F63B78), only because zarrita cannot encode it.
function crc32c(bytes) {
  let crc = 0xffffffff;
  for (const b of bytes) {
    crc ^= b;
    for (let k = 0; k < 8; k++) crc = crc & 1 ? (crc >>> 1) ^ 0x82f63b78 : crc >>> 1;
  }
  return (crc ^ 0xffffffff) >>> 0;
}
if (crc32c(new TextEncoder().encode("123456789")) !== 0xe3069283) throw new Error("crc32c self-test failed");

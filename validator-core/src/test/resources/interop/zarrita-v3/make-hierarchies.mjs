// Writes Zarr v3 bare arrays and a nested hierarchy with zarrita (an independent JavaScript Zarr v3
// implementation): every core data type zarrita can write, every codec it can write, fill values
// including NaN and ±Infinity, absent chunks, and a copy of the hierarchy with one corrupt chunk.
//
//   npm ci                                  (exact versions in package.json / package-lock.json;
//                                            node_modules is not committed)
//   node make-hierarchies.mjs <output-folder>
//
// Every element is a known function of its index (VALUES below) or the fill value where its chunk
// was never written, so a test can assert each one. After writing, every array is read back with
// zarrita's own reader and compared element by element (NaN, -0 and BigInt included).
// expected.json lists, per array, its chunk grid and which chunks (and inner chunks) are stored,
// absent or empty. Output is deterministic (no timestamps; gzip, zstd and blosc from numcodecs'
// WebAssembly builds of fixed versions).
//
// zarrita 0.7.5 limits, and how this script works around them (documented, not hidden):
//  - zarr.create writes `codecs: []` and `fill_value: null` unless told: both are always passed.
//  - Data types: no complex64/complex128 and no r<N> raw types (no typed array for them): not
//    covered here. float16 needs a global Float16Array, which Node 20 lacks: the TC39 polyfill
//    @petamoriken/float16 (pinned) provides it; zarrita's own bytes codec then encodes the data.
//  - gzip and crc32c: zarrita decodes but cannot encode them (and numcodecs' gzip writes the time
//    into each member header, set to 0 here); blosc's shuffle is numeric in
//    numcodecs (Zarr v2 style). The registry entries are replaced by thin wrappers (numcodecs' gzip
//    and blosc, which zarrita itself depends on; a 15-line CRC-32C below, self-tested).
//  - zstd: numcodecs' zstd has no content-checksum option, so every zstd codec says checksum false.
//  - Sharding: zarrita cannot `set` sharded arrays. The inner chunks are encoded by zarrita (an
//    unsharded twin array with the inner chunk shape and codecs, in memory); this script only
//    concatenates them and appends the index, which zarrita's bytes codec and the crc32c wrapper
//    encode. zarrita reads only end-of-shard indexes, so index_location is always "end".
//  - chunk_key_encoding "v2": zarr.create only writes "default"; for one array the metadata is
//    rewritten to v2 before any chunk is written, and zarrita's v2 key encoder names the chunks.
import * as fs from "node:fs";
import * as path from "node:path";
import { fileURLToPath } from "node:url";
import { Float16Array as Float16Polyfill } from "@petamoriken/float16";
import * as zarr from "zarrita";
import FileSystemStore from "@zarrita/storage/fs";
import GZip from "numcodecs/gzip";
import Blosc from "numcodecs/blosc";

globalThis.Float16Array ??= Float16Polyfill;
const here = path.dirname(fileURLToPath(import.meta.url));
const out = path.resolve(process.argv[2] ?? ".");

// ---- codec registry wrappers (see header) -----------------------------------------------------
zarr.registry.set("gzip", async () => ({
  fromConfig(cfg) {
    const c = GZip.fromConfig({ level: cfg.level });
    return { kind: "bytes_to_bytes", encode: async (b) => noMtime(await c.encode(b)), decode: (b) => c.decode(b) };
  },
}));
// numcodecs' gzip stores the current time in the member header (MTIME, bytes 4-7); 0 means "no
// time stamp" (RFC 1952), which keeps reruns byte-identical. The header has no CRC16 (FHCRC) to fix.
function noMtime(member) {
  if (member[0] !== 0x1f || member[1] !== 0x8b || (member[3] & 0x02) !== 0) throw new Error("unexpected gzip header");
  member.fill(0, 4, 8);
  return member;
}
const SHUFFLE = { noshuffle: 0, shuffle: 1, bitshuffle: 2 };
zarr.registry.set("blosc", async () => ({
  fromConfig(cfg) {
    const c = Blosc.fromConfig({ cname: cfg.cname, clevel: cfg.clevel, shuffle: SHUFFLE[cfg.shuffle], blocksize: cfg.blocksize });
    return { kind: "bytes_to_bytes", encode: (b) => c.encode(b), decode: (b) => c.decode(b) };
  },
}));
zarr.registry.set("crc32c", async () => ({
  fromConfig() {
    return {
      kind: "bytes_to_bytes",
      encode(b) {
        const crc = crc32c(b);
        const o = new Uint8Array(b.length + 4);
        o.set(b);
        o.set([crc & 0xff, (crc >>> 8) & 0xff, (crc >>> 16) & 0xff, (crc >>> 24) & 0xff], b.length);
        return o;
      },
      decode(b) {
        const body = b.subarray(0, b.length - 4);
        const want = (b[b.length - 4] | (b[b.length - 3] << 8) | (b[b.length - 2] << 16) | (b[b.length - 1] << 24)) >>> 0;
        if (crc32c(body) !== want) throw new Error("crc32c mismatch");
        return body;
      },
      computeEncodedSize: (n) => n + 4,
    };
  },
}));

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

// ---- codec chains ------------------------------------------------------------------------------
const bytes = (endian) => (endian ? { name: "bytes", configuration: { endian } } : { name: "bytes" }); // endian only for multi-byte types
const bytesEmptyConfig = { name: "bytes", configuration: {} };
const transpose = (order) => ({ name: "transpose", configuration: { order } });
const gzip = (level) => ({ name: "gzip", configuration: { level } });
const zstd = (level) => ({ name: "zstd", configuration: { level, checksum: false } });
const blosc = (cname, shuffle, typesize) => ({ name: "blosc", configuration: { cname, clevel: 5, shuffle, typesize, blocksize: 0 } });
const crc = { name: "crc32c" };
const INDEX_CODECS = [bytes("little"), crc];

// ---- element values (a test mirrors these) ----------------------------------------------------
// idx is the element's index (one entry per dimension; missing trailing ones count as 0).
const S = (idx) => idx.reduce((a, b) => a + b, 0);
const I = (idx, d) => idx[d] ?? 0;
function special(idx) { // NaN, +Infinity, -Infinity and -0 in every float array
  const s = S(idx) % 7;
  if (S(idx) === 0) return -0;
  return s === 3 ? NaN : s === 5 ? Infinity : s === 6 ? -Infinity : undefined;
}
const VALUES = {
  bool: (x) => S(x) % 3 === 0,
  int8: (x) => ((I(x, 0) * 31 + I(x, 1) * 7 + I(x, 2)) % 256) - 128,
  int16: (x) => ((I(x, 0) * 1031 + I(x, 1) * 97 + I(x, 2) * 13) % 65536) - 32768,
  int32: (x) => ((I(x, 0) * 1000003 + I(x, 1) * 10007 + I(x, 2) * 101) % 4294967296) - 2147483648,
  int64: (x) => BigInt(I(x, 0)) * -1234567890123n + BigInt(I(x, 1)) * 98765n - BigInt(I(x, 2)),
  uint8: (x) => (I(x, 0) * 7 + I(x, 1) * 3 + I(x, 2) * 5) % 256,
  uint16: (x) => (I(x, 0) * 7919 + I(x, 1) * 331 + I(x, 2) * 17) % 65536,
  uint32: (x) => (I(x, 0) * 2654435761 + I(x, 1) * 40503 + I(x, 2)) % 4294967296,
  uint64: (x) => (1n << 63n) + (BigInt(I(x, 0)) << 40n) + BigInt(I(x, 1)) * 1000003n + BigInt(I(x, 2)),
  float16: (x) => special(x) ?? (I(x, 0) * 5 - I(x, 1) * 3 + I(x, 2)) / 4, // exact in float16
  float32: (x) => special(x) ?? I(x, 0) * 1.5 - I(x, 1) * 0.25 + I(x, 2) * 1000.125, // exact in float32
  float64: (x) => special(x) ?? I(x, 0) * 1e10 + I(x, 1) / 8 - I(x, 2) * 0.1,
};
const CTOR = {
  int8: Int8Array, int16: Int16Array, int32: Int32Array, int64: BigInt64Array,
  uint8: Uint8Array, uint16: Uint16Array, uint32: Uint32Array, uint64: BigUint64Array,
  float16: globalThis.Float16Array, float32: Float32Array, float64: Float64Array,
};

// ---- the arrays ---------------------------------------------------------------------------------
// path: folder under the output; absent: chunk coordinates never written (read as fill_value);
// shard: inner chunk shape, inner codecs, empty inner chunks [[shard coords], [inner coords]].
const BARE = [
  { path: "arrays/bool-bytes", dtype: "bool", shape: [10, 9], chunks: [4, 4], fill: true, codecs: [bytes()], absent: [[1, 1]] },
  { path: "arrays/int8-gzip", dtype: "int8", shape: [50], chunks: [8], fill: -7, codecs: [bytes(), gzip(6)], absent: [[2], [6]] },
  { path: "arrays/int16-bytes-big", dtype: "int16", shape: [5, 6, 7], chunks: [2, 4, 3], fill: -32768, codecs: [bytes("big")], absent: [[0, 1, 2]], dims: ["z", "y", null] },
  { path: "arrays/int32-transpose-zstd", dtype: "int32", shape: [9, 11], chunks: [4, 5], fill: 2147483647, codecs: [transpose([1, 0]), bytes("little"), zstd(3)], absent: [[2, 0]] },
  { path: "arrays/int64-crc32c", dtype: "int64", shape: [7, 6], chunks: [3, 3], fill: 0, codecs: [bytes("little"), crc], absent: [[1, 1]] },
  { path: "arrays/uint8-v2-keys-blosc-lz4", dtype: "uint8", shape: [12, 10], chunks: [5, 5], fill: 255, codecs: [bytes(), blosc("lz4", "noshuffle", 1)], absent: [[1, 0]], keys: "v2" },
  { path: "arrays/uint16-blosc-zstd-bitshuffle-big", dtype: "uint16", shape: [20, 16], chunks: [8, 8], fill: 65535, codecs: [bytes("big"), blosc("zstd", "bitshuffle", 2)], absent: [[2, 1]] },
  { path: "arrays/uint32-dot-keys-gzip-crc32c", dtype: "uint32", shape: [6, 5, 4], chunks: [3, 3, 3], fill: 4294967295, codecs: [bytes("little"), gzip(1), crc], absent: [[1, 1, 1]], keys: "." },
  { path: "arrays/uint64-sharded", dtype: "uint64", shape: [8, 12], chunks: [4, 6], fill: 42, absent: [[1, 1]],
    shard: { inner: [2, 3], codecs: [bytes("little"), zstd(5)], empty: [[[0, 0], [0, 1]]] } },
  { path: "arrays/float16-fill-infinity", dtype: "float16", shape: [11, 7], chunks: [4, 4], fill: Infinity, codecs: [bytes("little"), zstd(1)], absent: [[0, 1]] },
  { path: "arrays/float32-fill-nan", dtype: "float32", shape: [9, 10], chunks: [5, 4], fill: NaN, codecs: [transpose([1, 0]), bytes("big"), gzip(9)], absent: [[1, 2]] },
  { path: "arrays/float64-fill-minus-infinity", dtype: "float64", shape: [6, 7], chunks: [4, 4], fill: -Infinity, codecs: [bytes("little"), blosc("blosclz", "shuffle", 8), crc], absent: [[1, 0]] },
];
const H = "hierarchy";
const GROUPS = [
  { path: H, attrs: { description: "zarrita v3 interop hierarchy: groups in groups, arrays at depths 1 to 4" } },
  { path: `${H}/ints`, attrs: {} },
  { path: `${H}/ints/signed`, attrs: { note: "signed integer arrays" } },
  { path: `${H}/ints/unsigned`, attrs: {} },
  { path: `${H}/ints/unsigned/deeper`, attrs: {} },
  { path: `${H}/floats`, attrs: { units: "arbitrary" } },
  { path: `${H}/empty`, attrs: {} },
];
const NESTED = [
  { path: `${H}/flags`, dtype: "bool", shape: [6, 9], chunks: [4, 4], fill: false, codecs: [bytes(), zstd(3)], absent: [[1, 2]] },
  { path: `${H}/scalar`, dtype: "float64", shape: [], chunks: [], fill: NaN, codecs: [bytes("big")], absent: [], scalar: 2.5 },
  { path: `${H}/ints/int8`, dtype: "int8", shape: [4, 5, 6], chunks: [2, 2, 2], fill: 0, codecs: [transpose([2, 0, 1]), bytes(), gzip(4)], absent: [[1, 2, 0], [0, 0, 2]] },
  { path: `${H}/ints/uint8`, dtype: "uint8", shape: [30], chunks: [7], fill: 3, codecs: [bytesEmptyConfig, crc], absent: [[1]] },
  { path: `${H}/ints/signed/int16`, dtype: "int16", shape: [10, 9], chunks: [4, 4], fill: 5, codecs: [bytes("little"), blosc("lz4hc", "shuffle", 2)], absent: [[0, 2]] },
  { path: `${H}/ints/signed/int32`, dtype: "int32", shape: [8, 8], chunks: [8, 3], fill: -1, codecs: [bytes("big"), gzip(5), crc], absent: [[0, 1]], dims: ["y", "x"] },
  { path: `${H}/ints/signed/int64`, dtype: "int64", shape: [5, 9], chunks: [2, 4], fill: -9007199254740991, codecs: [transpose([1, 0]), bytes("big"), zstd(2)], absent: [[2, 2]] },
  { path: `${H}/ints/unsigned/uint16`, dtype: "uint16", shape: [12, 12], chunks: [6, 4], fill: 0, codecs: [bytes("big"), zstd(3)], absent: [[1, 1]], keys: "." },
  { path: `${H}/ints/unsigned/uint32`, dtype: "uint32", shape: [7, 3, 5], chunks: [3, 2, 5], fill: 12345, codecs: [bytes("little"), blosc("zlib", "bitshuffle", 4)], absent: [[0, 1, 0]], keys: "v2" },
  { path: `${H}/ints/unsigned/uint64`, dtype: "uint64", shape: [9], chunks: [4], fill: 9007199254740991, codecs: [bytes("big"), crc], absent: [[0]] },
  { path: `${H}/ints/unsigned/deeper/uint8-sharded`, dtype: "uint8", shape: [6, 8, 10], chunks: [3, 4, 10], fill: 7, absent: [[1, 1, 0]],
    shard: { inner: [3, 2, 5], codecs: [transpose([2, 1, 0]), bytes(), gzip(6)], empty: [[[0, 0, 0], [0, 1, 1]]] } },
  { path: `${H}/floats/float16`, dtype: "float16", shape: [8, 6], chunks: [3, 3], fill: NaN, codecs: [bytes("big"), gzip(2)], absent: [[2, 0]] },
  { path: `${H}/floats/float32`, dtype: "float32", shape: [10, 7], chunks: [4, 4], fill: -Infinity, codecs: [bytes("little"), zstd(4)], absent: [[0, 1]] },
  { path: `${H}/floats/float64`, dtype: "float64", shape: [9, 6], chunks: [4, 6], fill: Infinity, codecs: [bytes("little"), blosc("lz4", "shuffle", 8)], absent: [[1, 0]] },
  { path: `${H}/floats/float32-sharded`, dtype: "float32", shape: [8, 8], chunks: [8, 4], fill: NaN, absent: [],
    shard: { inner: [4, 2], codecs: [bytes("big"), blosc("zstd", "shuffle", 4), crc], empty: [[[0, 1], [1, 1]]] } },
];
// The corrupt copy: this chunk's zstd frame is replaced by bytes that are no zstd frame.
const CORRUPT = { copy: "hierarchy-corrupt", key: "floats/float32/c/1/0" };

// ---- writing --------------------------------------------------------------------------------------
function freshDir(rel) {
  const dir = path.join(out, rel);
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  return dir;
}

function* grid(counts) { // every coordinate of a grid, C order
  const n = counts.reduce((a, b) => a * b, 1);
  for (let flat = 0; flat < n; flat++) {
    const c = new Array(counts.length);
    let r = flat;
    for (let d = counts.length - 1; d >= 0; d--) { c[d] = r % counts[d]; r = Math.floor(r / counts[d]); }
    yield c;
  }
}
const counts = (shape, chunks) => shape.map((s, d) => Math.ceil(s / chunks[d]));
const same = (a, b) => a.length === b.length && a.every((v, i) => v === b[i]);

function block(dtype, lo, hi) { // the values of region [lo, hi) as a zarrita chunk
  const shape = lo.map((l, d) => hi[d] - l);
  const n = shape.reduce((a, b) => a * b, 1);
  const data = dtype === "bool" ? new zarr.BoolArray(n) : new CTOR[dtype](n);
  const stride = shape.map((_, d) => shape.slice(d + 1).reduce((a, b) => a * b, 1));
  let k = 0;
  for (const rel of grid(shape)) {
    const v = VALUES[dtype](rel.map((r, d) => r + lo[d]));
    if (dtype === "bool") data.set(k, v); else data[k] = v;
    k++;
  }
  return { data, shape, stride };
}

/** Writes every chunk of `arr` except `absent` ones, chunk by chunk, with zarrita's set. */
async function writeChunks(arr, spec, chunkShape, absent) {
  for (const c of grid(counts(spec.shape, chunkShape))) {
    if (absent.some((a) => same(a, c))) continue;
    const lo = c.map((v, d) => v * chunkShape[d]);
    const hi = lo.map((l, d) => Math.min(l + chunkShape[d], spec.shape[d]));
    await zarr.set(arr, lo.map((l, d) => zarr.slice(l, hi[d])), block(spec.dtype, lo, hi));
  }
}

async function writeArray(spec) {
  const dir = freshDir(spec.path);
  const store = new FileSystemStore(dir);
  if (spec.shard) return writeSharded(spec, dir, store);
  let arr = await zarr.create(store, {
    shape: spec.shape, chunkShape: spec.chunks, dtype: spec.dtype, fillValue: spec.fill, codecs: spec.codecs,
    chunkSeparator: spec.keys === "." ? "." : "/", dimensionNames: spec.dims, attributes: {},
  });
  if (spec.keys === "v2") {
    const meta = JSON.parse(fs.readFileSync(path.join(dir, "zarr.json"), "utf8"));
    meta.chunk_key_encoding = { name: "v2", configuration: { separator: "." } };
    fs.writeFileSync(path.join(dir, "zarr.json"), JSON.stringify(meta, null, 2));
    arr = await zarr.open.v3(store, { kind: "array" });
  }
  if (spec.shape.length === 0) {
    await zarr.set(arr, null, spec.scalar);
  } else {
    await writeChunks(arr, spec, spec.chunks, spec.absent);
  }
}

/** Sharded: zarrita encodes the inner chunks (an unsharded twin in memory); they are concatenated, index at the end. */
async function writeSharded(spec, dir, store) {
  const { inner, codecs, empty } = spec.shard;
  const mem = new Map();
  const twin = await zarr.create(mem, { shape: spec.shape, chunkShape: inner, dtype: spec.dtype, fillValue: spec.fill, codecs });
  const perShard = spec.chunks.map((s, d) => s / inner[d]);
  const emptyInner = empty.map(([s, i]) => s.map((v, d) => v * perShard[d] + i[d]));
  const absentInner = [];
  for (const s of spec.absent) for (const i of grid(perShard)) absentInner.push(s.map((v, d) => v * perShard[d] + i[d]));
  await writeChunks(twin, spec, inner, [...emptyInner, ...absentInner]);

  const sharding = { name: "sharding_indexed", configuration: { chunk_shape: inner, codecs, index_codecs: INDEX_CODECS, index_location: "end" } };
  await zarr.create(store, { shape: spec.shape, chunkShape: spec.chunks, dtype: spec.dtype, fillValue: spec.fill, codecs: [sharding], attributes: {} });
  const BytesCodec = await zarr.registry.get("bytes")();
  const Crc = await zarr.registry.get("crc32c")();
  const indexShape = [...perShard, 2];
  const indexBytes = BytesCodec.fromConfig({ endian: "little" }, { dataType: "uint64", shape: indexShape, codecs: [] });
  const crcCodec = Crc.fromConfig({});
  for (const s of grid(counts(spec.shape, spec.chunks))) {
    if (spec.absent.some((a) => same(a, s))) continue;
    const parts = [];
    const index = new BigUint64Array(perShard.reduce((a, b) => a * b, 1) * 2);
    let offset = 0, e = 0;
    for (const i of grid(perShard)) {
      const key = "/c/" + s.map((v, d) => v * perShard[d] + i[d]).join("/");
      const enc = mem.get(key);
      if (enc === undefined) {
        index[e] = 0xffffffffffffffffn; index[e + 1] = 0xffffffffffffffffn;
      } else {
        index[e] = BigInt(offset); index[e + 1] = BigInt(enc.length);
        parts.push(enc); offset += enc.length;
      }
      e += 2;
    }
    const idx = crcCodec.encode(await indexBytes.encode({ data: index, shape: indexShape, stride: indexShape.map((_, d) => indexShape.slice(d + 1).reduce((a, b) => a * b, 1)) }));
    const file = path.join(dir, "c", ...s.map(String));
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, Buffer.concat([...parts.map((p) => Buffer.from(p)), Buffer.from(idx)]));
  }
}

// ---- reading back with zarrita ---------------------------------------------------------------------
function expected(spec, idx) {
  if (spec.shape.length === 0) return spec.scalar;
  const c = idx.map((v, d) => Math.floor(v / spec.chunks[d]));
  if (spec.absent.some((a) => same(a, c))) return spec.fill;
  if (spec.shard) {
    const inner = idx.map((v, d) => Math.floor((v % spec.chunks[d]) / spec.shard.inner[d]));
    if (spec.shard.empty.some(([s, i]) => same(s, c) && same(i, inner))) return spec.fill;
  }
  return VALUES[spec.dtype](idx);
}

async function check(spec) {
  const arr = await zarr.open.v3(new FileSystemStore(path.join(out, spec.path)), { kind: "array" });
  const got = await zarr.get(arr);
  const n = spec.shape.reduce((a, b) => a * b, 1);
  let seen = 0;
  for (const idx of spec.shape.length === 0 ? [[]] : grid(spec.shape)) {
    const k = idx.reduce((a, v, d) => a + v * got.stride[d], 0); // zarrita may return a strided view (transpose)
    const v = spec.shape.length === 0 ? (got.data ? got.data[0] : got) // a 0-d get gives a scalar
      : spec.dtype === "bool" ? got.data.get(k) : got.data[k];
    const want = expected(spec, idx);
    const ok = typeof want === "bigint" ? BigInt(v) === want : Object.is(Number(v), Number(want)) || v === want;
    if (!ok) throw new Error(`${spec.path}: zarrita reads ${v} at [${idx}], expected ${want}`);
    seen++;
  }
  if (seen !== n) throw new Error(`${spec.path}: ${seen} elements read, ${n} expected`);
}

/** Chunk bookkeeping of one array, from what is on disk (for a test to assert decoded / absent counts). */
function describe(spec, root) {
  const dir = path.join(out, root ?? "", spec.path);
  const keys = [];
  const walk = (d, rel) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const r = rel ? `${rel}/${e.name}` : e.name;
      if (e.isDirectory()) walk(path.join(d, e.name), r); else if (r !== "zarr.json") keys.push(r);
    }
  };
  walk(dir, "");
  const total = spec.shape.length === 0 ? 1 : counts(spec.shape, spec.chunks).reduce((a, b) => a * b, 1);
  const meta = JSON.parse(fs.readFileSync(path.join(dir, "zarr.json"), "utf8"));
  const d = {
    path: spec.path, data_type: spec.dtype, shape: spec.shape, chunk_shape: spec.chunks,
    fill_value: meta.fill_value, codecs: meta.codecs.map((c) => c.name),
    chunks_total: total, chunks_stored: keys.length, chunks_absent: total - keys.length, stored_keys: keys,
  };
  if (spec.shard) {
    const per = spec.chunks.map((s, i) => s / spec.shard.inner[i]).reduce((a, b) => a * b, 1);
    d.inner_chunk_shape = spec.shard.inner;
    d.inner_codecs = spec.shard.codecs.map((c) => c.name);
    d.inner_chunks_per_shard = per;
    d.inner_chunks_empty_in_stored_shards = spec.shard.empty.length;
  }
  return d;
}

// ---- main ----------------------------------------------------------------------------------------------
for (const spec of BARE) {
  await writeArray(spec);
  await check(spec);
}
fs.rmSync(path.join(out, H), { recursive: true, force: true });
for (const g of GROUPS) {
  fs.mkdirSync(path.join(out, g.path), { recursive: true });
  await zarr.create(new FileSystemStore(path.join(out, g.path)), { attributes: g.attrs });
}
for (const spec of NESTED) {
  await writeArray(spec);
  await check(spec);
}
// The hierarchy opens as a hierarchy: every group and array is reachable from the root.
{
  const store = new FileSystemStore(path.join(out, H));
  for (const node of [...GROUPS.map((g) => ({ p: g.path, kind: "group" })), ...NESTED.map((a) => ({ p: a.path, kind: "array" }))]) {
    const rel = node.p === H ? "/" : "/" + node.p.slice(H.length + 1);
    await zarr.open.v3(zarr.root(store).resolve(rel), { kind: node.kind });
  }
}
// The corrupt copy.
const copyDir = path.join(out, CORRUPT.copy);
fs.rmSync(copyDir, { recursive: true, force: true });
fs.cpSync(path.join(out, H), copyDir, { recursive: true });
const victim = path.join(copyDir, CORRUPT.key);
if (!fs.existsSync(victim)) throw new Error(`${CORRUPT.key} is not a stored chunk`);
fs.writeFileSync(victim, Buffer.from("this chunk was overwritten: it is no zstd frame\n", "ascii"));
try {
  const arr = await zarr.open.v3(zarr.root(new FileSystemStore(copyDir)).resolve("/floats/float32"), { kind: "array" });
  await zarr.get(arr);
  throw new Error("zarrita read the corrupt chunk without error");
} catch (e) {
  if (String(e.message).includes("without error")) throw e;
  console.log(`${CORRUPT.copy}/${CORRUPT.key}: zarrita fails to read it as expected (${e.constructor.name})`);
}

const versions = {};
for (const p of ["zarrita", "@zarrita/storage", "numcodecs", "@petamoriken/float16"]) {
  const pj = JSON.parse(fs.readFileSync(path.join(here, "node_modules", p, "package.json"), "utf8"));
  versions[p] = pj.version;
}
const report = {
  writer: versions, node: process.version,
  arrays: [...BARE, ...NESTED].map((s) => describe(s)),
  groups: GROUPS.map((g) => g.path),
  corrupt: { copy: CORRUPT.copy, key: CORRUPT.key, array: "floats/float32" },
};
fs.writeFileSync(path.join(out, "expected.json"), JSON.stringify(report, null, 2) + "\n");
for (const a of report.arrays) {
  console.log(`${a.path.padEnd(48)} ${a.data_type.padEnd(8)} ${JSON.stringify(a.shape).padEnd(10)} chunks stored ${a.chunks_stored}/${a.chunks_total}  [${a.codecs.join(", ")}${a.inner_codecs ? " > " + a.inner_codecs.join(", ") : ""}]  verified with zarrita`);
}

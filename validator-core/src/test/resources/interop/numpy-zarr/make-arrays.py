#!/usr/bin/python3
"""Write Zarr v3 arrays that zarrita cannot: complex64/complex128, raw bits (r16, r24), a 0-d
array, an empty array, hex-encoded float fill values and 64-bit integer extremes.

The writer is numpy (Debian python3-numpy) plus Python's json and gzip: every chunk is the C-order
array bytes in the stated endianness (after an optional transpose), gzip-compressed where the codec
list says so. No Zarr library is involved, so none of maskgate's code or assumptions are.

Usage: /usr/bin/python3 make-arrays.py OUT_DIR   (writes OUT_DIR/hierarchy and OUT_DIR/corrupt)
Output is byte-reproducible (gzip mtime 0, sorted JSON keys, fixed data).
"""
import gzip
import itertools
import json
import math
import shutil
import sys
from pathlib import Path

import numpy as np


ARRAYS = [
    # Fill values in their zarr.json forms: floats as numbers, "NaN"/"Infinity"/"-Infinity" or the
    # bits as a hex string; complex as [real, imag]; raw bits as a list of bytes. `absent` lists
    # chunk grid coordinates left unwritten (read as the fill value).
    dict(name="complex64-gzip", data_type="complex64", np="<c8", shape=(5, 7), chunks=(2, 4),
         fill=[1.5, "NaN"], fill_np=complex(1.5, math.nan),
         codecs=[{"name": "bytes", "configuration": {"endian": "little"}},
                 {"name": "gzip", "configuration": {"level": 5}}],
         absent=[(2, 1)]),
    dict(name="complex128-big", data_type="complex128", np=">c16", shape=(3, 4, 5), chunks=(2, 2, 3),
         fill=["Infinity", -0.0], fill_np=complex(math.inf, -0.0),
         codecs=[{"name": "bytes", "configuration": {"endian": "big"}}],
         absent=[(1, 1, 1)]),
    dict(name="r16-bytes", data_type="r16", np="V2", shape=(11,), chunks=(4,),
         fill=[0, 255], fill_np=bytes([0, 255]),
         codecs=[{"name": "bytes", "configuration": {"endian": "little"}}],
         absent=[(1,)]),
    dict(name="r24-gzip", data_type="r24", np="V3", shape=(2, 5), chunks=(2, 2),
         fill=[1, 2, 3], fill_np=bytes([1, 2, 3]),
         codecs=[{"name": "bytes", "configuration": {"endian": "little"}},
                 {"name": "gzip", "configuration": {"level": 1}}],
         absent=[]),
    dict(name="float32-hex-nan-fill", data_type="float32", np="<f4", shape=(9, 4), chunks=(4, 4),
         fill="0x7fc00001", fill_np=np.frombuffer(bytes.fromhex("7fc00001")[::-1], "<f4")[0],
         codecs=[{"name": "bytes", "configuration": {"endian": "little"}},
                 {"name": "gzip", "configuration": {"level": 9}}],
         absent=[(1, 0)]),
    dict(name="float16-transpose-big", data_type="float16", np=">f2", shape=(6, 5), chunks=(4, 4),
         fill="-Infinity", fill_np=-math.inf,
         codecs=[{"name": "transpose", "configuration": {"order": [1, 0]}},
                 {"name": "bytes", "configuration": {"endian": "big"}}],
         absent=[(1, 1)]),
    dict(name="int64-extremes", data_type="int64", np="<i8", shape=(6,), chunks=(4,),
         fill=-9223372036854775808, fill_np=-9223372036854775808,
         codecs=[{"name": "bytes", "configuration": {"endian": "little"}}],
         absent=[]),
    dict(name="uint64-max-fill", data_type="uint64", np=">u8", shape=(7,), chunks=(3,),
         fill=18446744073709551615, fill_np=18446744073709551615,
         codecs=[{"name": "bytes", "configuration": {"endian": "big"}}],
         absent=[(1,)]),
    dict(name="float64-scalar", data_type="float64", np="<f8", shape=(), chunks=(),
         fill=0.0, fill_np=0.0,
         codecs=[{"name": "bytes", "configuration": {"endian": "little"}}],
         absent=[]),
    dict(name="uint8-empty", data_type="uint8", np="u1", shape=(0, 5), chunks=(3, 3),
         fill=0, fill_np=0,
         codecs=[{"name": "bytes"}],
         absent=[]),
]


def values(spec):
    """Deterministic element values covering the type's edge cases."""
    shape, dt = spec["shape"], np.dtype(spec["np"])
    n = int(np.prod(shape, dtype=np.int64))
    i = np.arange(n)
    if dt.kind == "c":
        special = [complex(math.nan, 1), complex(math.inf, -math.inf), complex(-0.0, 0.0)]
        out = ((i * 0.25 - 3) + 1j * (i % 5)).astype(dt)
        out[: min(3, n)] = special[: min(3, n)]
    elif dt.kind == "V":
        raw = bytes((k * 37 + 11) % 256 for k in range(n * dt.itemsize))
        out = np.frombuffer(raw, dtype=dt).copy()
    elif dt.kind == "f":
        out = (i * 1.5 - 7).astype(dt)
        special = [math.nan, math.inf, -math.inf, -0.0]
        out[: min(4, n)] = special[: min(4, n)]
    else:
        info = np.iinfo(dt)
        out = (i * 3 + 1).astype(dt)
        if n > 0:
            out[0] = info.min
        if n > 1:
            out[-1] = info.max
    return out.reshape(shape)


def chunk_bytes(spec, block):
    order = next((c["configuration"]["order"] for c in spec["codecs"] if c["name"] == "transpose"), None)
    if order is not None:
        block = np.transpose(block, order)
    raw = np.ascontiguousarray(block, dtype=np.dtype(spec["np"])).tobytes()
    if any(c["name"] == "gzip" for c in spec["codecs"]):
        level = next(c["configuration"]["level"] for c in spec["codecs"] if c["name"] == "gzip")
        raw = gzip.compress(raw, compresslevel=level, mtime=0)
    return raw


def write_array(root, spec):
    folder = root / spec["name"]
    folder.mkdir(parents=True)
    meta = {
        "zarr_format": 3,
        "node_type": "array",
        "shape": list(spec["shape"]),
        "data_type": spec["data_type"],
        "chunk_grid": {"name": "regular", "configuration": {"chunk_shape": list(spec["chunks"])}},
        "chunk_key_encoding": {"name": "default", "configuration": {"separator": "/"}},
        "fill_value": spec["fill"],
        "codecs": spec["codecs"],
        "attributes": {"writer": "numpy " + np.__version__ + " + Python json/gzip (make-arrays.py)"},
    }
    (folder / "zarr.json").write_text(json.dumps(meta, indent=2, sort_keys=True) + "\n")
    data = values(spec)
    shape, chunks = spec["shape"], spec["chunks"]
    grid = [math.ceil(s / c) for s, c in zip(shape, chunks)]
    stored = []
    for coords in itertools.product(*[range(g) for g in grid]):
        if tuple(coords) in spec["absent"]:
            continue
        # Edge chunks are stored at full chunk size, padded with the fill value.
        block = np.empty(chunks, dtype=np.dtype(spec["np"]))
        block[...] = np.array(spec["fill_np"], dtype=np.dtype(spec["np"])) if spec["np"][0] != "V" \
            else np.frombuffer(spec["fill_np"], dtype=np.dtype(spec["np"]))[0]
        src = tuple(slice(c * k, min((c + 1) * k, s)) for c, k, s in zip(coords, chunks, shape))
        dst = tuple(slice(0, sl.stop - sl.start) for sl in src)
        block[dst] = data[src]
        key = "c" if not coords else "c/" + "/".join(str(c) for c in coords)
        path = folder / key
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(chunk_bytes(spec, block))
        stored.append(key)
    return {"path": spec["name"], "data_type": spec["data_type"], "shape": list(shape),
            "chunk_shape": list(chunks), "fill_value": spec["fill"],
            "codecs": [c["name"] for c in spec["codecs"]],
            "chunks_total": int(np.prod(grid, dtype=np.int64)), "chunks_stored": len(stored),
            "chunks_absent": int(np.prod(grid, dtype=np.int64)) - len(stored), "stored_keys": stored}


def read_back(root, spec):
    """Decode every stored chunk again with numpy and compare with the intended values."""
    data = values(spec)
    folder = root / spec["name"]
    dt = np.dtype(spec["np"])
    for chunk_file in sorted(p for p in folder.rglob("*") if p.is_file() and p.name != "zarr.json"):
        key = chunk_file.relative_to(folder).as_posix()
        coords = [] if key == "c" else [int(x) for x in key.split("/")[1:]]
        raw = chunk_file.read_bytes()
        if any(c["name"] == "gzip" for c in spec["codecs"]):
            raw = gzip.decompress(raw)
        order = next((c["configuration"]["order"] for c in spec["codecs"] if c["name"] == "transpose"), None)
        chunks = spec["chunks"]
        stored_shape = tuple(chunks[o] for o in order) if order else tuple(chunks)
        block = np.frombuffer(raw, dtype=dt).reshape(stored_shape)
        if order:
            block = np.transpose(block, np.argsort(order))
        src = tuple(slice(c * k, min((c + 1) * k, s)) for c, k, s in zip(coords, chunks, spec["shape"]))
        dst = tuple(slice(0, sl.stop - sl.start) for sl in src)
        a, b = block[dst], data[src]
        same = a.tobytes() == b.astype(dt).tobytes()
        if not same:
            raise SystemExit(f"read-back mismatch in {spec['name']}/{key}")


def main():
    out = Path(sys.argv[1])
    hierarchy, corrupt = out / "hierarchy", out / "corrupt"
    for folder in (hierarchy, corrupt):
        if folder.exists():
            shutil.rmtree(folder)
    hierarchy.mkdir(parents=True)
    group = {"zarr_format": 3, "node_type": "group",
             "attributes": {"writer": "numpy " + np.__version__ + " + Python json/gzip (make-arrays.py)"}}
    (hierarchy / "zarr.json").write_text(json.dumps(group, indent=2, sort_keys=True) + "\n")
    listed = []
    for spec in ARRAYS:
        listed.append(write_array(hierarchy, spec))
        read_back(hierarchy, spec)
    # The corrupt copy: one gzip chunk of complex64-gzip cut short (the gzip trailer is lost).
    shutil.copytree(hierarchy / "complex64-gzip", corrupt)
    victim = corrupt / "c" / "1" / "0"
    victim.write_bytes(victim.read_bytes()[:-9])
    expected = {"writer": {"numpy": np.__version__, "python": sys.version.split()[0]},
                "arrays": listed, "corrupt": {"array": "corrupt", "chunk_key": "c/1/0"}}
    (out / "expected.json").write_text(json.dumps(expected, indent=2, sort_keys=True) + "\n")


if __name__ == "__main__":
    main()

#!/usr/bin/env bash
# Rewrites some of ../tifffile's OME-TIFFs with libtiff's tiffcp (Debian libtiff-tools 4.5.0):
# strips <-> tiles, LZW (with and without the horizontal predictor), Deflate, PackBits, BigTIFF.
#
#   bash make-rewrites.sh [output-folder]      (inputs: ../tifffile/*.ome.tiff, made first)
#
# What tiffcp 4.5.0 keeps and drops (seen with tiffinfo on these files):
#  - keeps the first IFD's ImageDescription byte for byte (the OME-XML, including any TiffData
#    UUID FileName, which then names the source file, not the copy) and the Software tag;
#  - copies every IFD of the main chain, in order, but NOT the SubIFDs (tag 330): pyramids are
#    dropped, which is fine because OME-XML does not describe them;
#  - adds Orientation = 1 (top-left), and keeps the input's strips or tiles unless -s / -t say.
# The output is a deterministic function of input and options with the same libtiff and zlib.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
in="$here/../tifffile"
out="${1:-$here}"
mkdir -p "$out"

cp_case() { # cp_case <input> <output> <tiffcp options...>
  local src="$in/$1" dst="$out/$2"
  shift 2
  rm -f "$dst"
  tiffcp "$@" "$src" "$dst"
  # The copy must keep every full-resolution page and the OME-XML of the first one.
  [[ "$(tiffinfo "$src" 2>/dev/null | grep -c '^=== TIFF directory')" == "$(tiffinfo "$dst" 2>/dev/null | grep -c '^=== TIFF directory')" ]] \
    || { echo "$dst has another number of main-chain IFDs than $src" >&2; exit 1; }
  tiffinfo "$dst" 2>/dev/null | grep -q 'OME>' || { echo "$dst lost its OME-XML" >&2; exit 1; }
  printf '%-46s <- %-50s tiffcp %s\n' "$(basename "$dst")" "$(basename "$src")" "$*"
}

# strips -> tiles, Deflate -> LZW
cp_case uint16-2ch-strips-deflate.ome.tiff        uint16-2ch-tiles-lzw.ome.tiff                 -c lzw -t -w 64 -l 64
# tiles -> strips, none -> Deflate; the SubIFD pyramid is dropped
cp_case uint8-2ch-tiles-pyramid-none.ome.tiff     uint8-2ch-strips-deflate-nopyramid.ome.tiff   -c zip -s -r 32
# BigTIFF kept (-8), tiles kept, Deflate -> LZW with horizontal differencing (predictor 2)
cp_case uint32-2ch-bigtiff-tiles-pyramid-deflate.ome.tiff uint32-2ch-bigtiff-tiles-lzw-predictor.ome.tiff -8 -c lzw:2
# Z-stack: tiles -> strips, Deflate with predictor 2
cp_case uint16-zstack-tiles-deflate.ome.tiff      uint16-zstack-strips-deflate-predictor.ome.tiff -c zip:2 -s -r 8
# TiffData with UUID children, rewritten with PackBits: FileName still names the source file
cp_case uint16-2ch-uuid.ome.tiff                  uint16-2ch-uuid-packbits.ome.tiff             -c packbits
# RGB (SamplesPerPixel 3), strips -> tiles, LZW
cp_case rgb-uint8.ome.tiff                        rgb-uint8-tiles-lzw.ome.tiff                  -c lzw -t -w 32 -l 32

# Pixels must survive: compare every full-resolution page with tifffile when it can decode it
# (Debian's tifffile has no LZW or PackBits decoder without imagecodecs: those are compared with
# tiffcp's own round trip back to uncompressed).
/usr/bin/python3 - "$in" "$out" <<'PY'
import os, subprocess, sys, tempfile
import numpy as np, tifffile
src_dir, out_dir = sys.argv[1], sys.argv[2]
pairs = {
    "uint16-2ch-tiles-lzw.ome.tiff": "uint16-2ch-strips-deflate.ome.tiff",
    "uint8-2ch-strips-deflate-nopyramid.ome.tiff": "uint8-2ch-tiles-pyramid-none.ome.tiff",
    "uint32-2ch-bigtiff-tiles-lzw-predictor.ome.tiff": "uint32-2ch-bigtiff-tiles-pyramid-deflate.ome.tiff",
    "uint16-zstack-strips-deflate-predictor.ome.tiff": "uint16-zstack-tiles-deflate.ome.tiff",
    "uint16-2ch-uuid-packbits.ome.tiff": "uint16-2ch-uuid.ome.tiff",
    "rgb-uint8-tiles-lzw.ome.tiff": "rgb-uint8.ome.tiff",
}
def pages(path):
    with tifffile.TiffFile(path) as t:
        return [p.asarray() for p in t.pages]
with tempfile.TemporaryDirectory() as tmp:
    for copy, original in pairs.items():
        plain = os.path.join(tmp, copy)
        subprocess.run(["tiffcp", "-c", "none", os.path.join(out_dir, copy), plain], check=True)
        a, b = pages(os.path.join(src_dir, original)), pages(plain)
        assert len(a) == len(b) and all(np.array_equal(x, y) for x, y in zip(a, b)), copy
        print("%-46s same %d full-resolution page(s) as its source" % (copy, len(a)))
PY

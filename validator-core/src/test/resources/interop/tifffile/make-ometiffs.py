#!/usr/bin/python3
"""Writes small OME-TIFFs with Python's tifffile (Debian python3-tifffile 2023.2.3, numpy 1.24.2).

    /usr/bin/python3 make-ometiffs.py <output-folder>
    OME_XSD=.../released-schema/2016-06/ome.xsd /usr/bin/python3 make-ometiffs.py <output-folder>
                                      (also validates every OME-XML against the schema, with lxml)

Independent writer: maskgate must give these files the verdicts listed in ../CASES.tsv, which follow
the OME-TIFF rules, not what maskgate happened to say when they were made.

Every file is a pure function of the code below (fixed seeds, fixed OME@UUID, no DateTime tag), so a
rerun with the same tifffile, numpy and zlib reproduces it byte for byte; another zlib version may
compress Deflate strips differently (same pixels, other bytes).

What tifffile 2023.2.3 does and does not do here (Debian's build has no imagecodecs):
 - it always writes OME@UUID (random uuid1 unless given: a fixed one is passed) and one
   <TiffData IFD="n" PlaneCount="N"/> per Image, without a UUID child;
 - it cannot encode LZW or PackBits: those files are made by ../tiffcp/make-rewrites.sh;
 - pyramids go into SubIFDs when the first write asks for `subifds`; levels are written with
   NewSubfileType = 1 (subfiletype=1) as the OME-TIFF specification asks.
After writing, each file is read back with tifffile and compared with the arrays it was made from.
"""
import os
import sys

import numpy as np
import tifffile

SEED = 20240607


def paint(width, height, grid, seed, first_label=1, nucleus=False):
    """One label plane: an ellipse per grid cell, labels first_label, first_label+1, ... row by row.

    Ellipses are convex and at least 3 px in radius, so every label is one 4-connected object, and
    keeping every other pixel (a nearest-neighbour level) keeps it one object. With nucleus=True the
    ellipses are smaller and concentric with the cells of the same seed (same labels)."""
    rng = np.random.RandomState(seed)
    cols, rows = grid
    cw, ch = width / cols, height / rows
    yy, xx = np.mgrid[0:height, 0:width]
    plane = np.zeros((height, width), dtype=np.uint64)
    label = first_label
    for r in range(rows):
        for c in range(cols):
            cx = (c + 0.5) * cw + rng.uniform(-0.08, 0.08) * cw
            cy = (r + 0.5) * ch + rng.uniform(-0.08, 0.08) * ch
            rx = rng.uniform(0.28, 0.40) * cw
            ry = rng.uniform(0.28, 0.40) * ch
            if nucleus:
                rx, ry = rx * 0.45, ry * 0.45
            inside = ((xx - cx) / max(rx, 3.0)) ** 2 + ((yy - cy) / max(ry, 3.0)) ** 2 <= 1.0
            plane[inside] = label
            label += 1
    return plane


def levels(stack, count):
    """Nearest-neighbour pyramid: every second pixel of the level above (labels never mix)."""
    out = [stack]
    for _ in range(count):
        out.append(np.ascontiguousarray(out[-1][..., ::2, ::2]))
    return out


def uuid_for(name):
    """A fixed urn:uuid per file, so reruns give the same bytes (tifffile would use uuid1)."""
    h = 0
    for ch in name.encode():
        h = (h * 131 + ch) % (1 << 122)
    hexs = "%032x" % ((h << 6) | 0x4000)  # not a real v4 layout; only uniqueness matters
    return "%s-%s-%s-%s-%s" % (hexs[0:8], hexs[8:12], hexs[12:16], hexs[16:20], hexs[20:32])


def write_ome(path, stack, axes, channels, *, tile=None, rowsperstrip=None, compression=None,
              pyramid=0, bigtiff=False, physical=True, photometric="minisblack", level_tile=None):
    """tifffile's own OME writer: TiffData without UUID, optional SubIFD pyramid."""
    name = os.path.basename(path)
    meta = {"axes": axes, "UUID": uuid_for(name)}
    if channels is not None:
        meta["Channel"] = {"Name": channels}
    if physical:
        meta.update(PhysicalSizeX=0.5, PhysicalSizeXUnit="µm", PhysicalSizeY=0.5, PhysicalSizeYUnit="µm")
    pyr = levels(stack, pyramid)
    common = dict(photometric=photometric, compression=compression)
    with tifffile.TiffWriter(path, bigtiff=bigtiff, ome=True) as tif:
        tif.write(pyr[0], subifds=pyramid or None, metadata=meta, tile=tile, rowsperstrip=rowsperstrip, **common)
        for lvl in pyr[1:]:
            tif.write(lvl, subfiletype=1, metadata=None, tile=level_tile, **common)
    return pyr


def write_with_uuid(path, stack, channels):
    """OME-XML made by tifffile.OmeXml, then one TiffData per channel with a UUID child naming this
    file (as Bio-Formats writes it); the TIFF itself is written by tifffile with that description."""
    name = os.path.basename(path)
    uuid = uuid_for(name)
    c, h, w = stack.shape
    ox = tifffile.OmeXml(UUID=uuid)
    ox.addimage(stack.dtype, stack.shape, (c, 1, 1, h, w, 1), axes="CYX",
                Channel={"Name": channels}, PhysicalSizeX=0.65, PhysicalSizeXUnit="µm",
                PhysicalSizeY=0.65, PhysicalSizeYUnit="µm")
    xml = ox.tostring()
    plain = '<TiffData IFD="0" PlaneCount="%d"/>' % c
    assert plain in xml, "tifffile changed its TiffData form"
    per_plane = "".join(
        '<TiffData FirstC="%d" FirstT="0" FirstZ="0" IFD="%d" PlaneCount="1">'
        '<UUID FileName="%s">urn:uuid:%s</UUID></TiffData>' % (i, i, name, uuid) for i in range(c))
    xml = xml.replace(plain, per_plane)
    with tifffile.TiffWriter(path, ome=False) as tif:
        tif.write(stack, photometric="minisblack", description=xml.encode("utf-8"), metadata=None, compression="zlib",
                  rowsperstrip=16)
    return [stack]


def validate_xml(path, xml):
    """With OME_XSD=<path to the 2016-06 ome.xsd> (e.g. unzipped from org.openmicroscopy:specification),
    the OME-XML is validated with lxml; without it this check is skipped."""
    xsd = os.environ.get("OME_XSD")
    if not xsd:
        return
    from lxml import etree
    schema = etree.XMLSchema(etree.parse(xsd))
    if not schema.validate(etree.fromstring(xml.encode("utf-8"))):
        raise AssertionError("%s: OME-XML invalid: %s" % (path, schema.error_log.last_error))


def check(path, pyr, axes):
    """Reads the file back with tifffile: OME series, axes, every level equal to what was written."""
    with tifffile.TiffFile(path) as tif:
        assert tif.is_ome, path
        validate_xml(path, tif.pages[0].description)
        s = tif.series[0]
        assert s.axes == axes, (path, s.axes, axes)
        assert len(s.levels) == len(pyr), (path, len(s.levels), len(pyr))
        for lvl, want in zip(s.levels, pyr):
            got = lvl.asarray()
            assert got.dtype == want.dtype and got.size == want.size, (path, lvl.shape)
            assert np.array_equal(got, want.reshape(got.shape)), (path, lvl.shape)  # tifffile squeezes size-1 axes
        size = os.path.getsize(path)
    print("%-52s %-5s %-18s levels=%d %6d bytes, read back with tifffile %s"
          % (os.path.basename(path), axes, str(pyr[0].shape), len(pyr), size, tifffile.__version__))


def main(out):
    os.makedirs(out, exist_ok=True)
    p = lambda n: os.path.join(out, n)

    cells = paint(160, 128, (5, 4), SEED)
    nuclei = paint(160, 128, (5, 4), SEED, nucleus=True)

    # 1. tifffile defaults for a two-channel uint16 mask: TiffData without UUID, strips, Deflate.
    stack = np.stack([cells, nuclei]).astype(np.uint16)
    n = "uint16-2ch-strips-deflate.ome.tiff"
    check(p(n), write_ome(p(n), stack, "CYX", ["cells", "nuclei"], rowsperstrip=16, compression="zlib"), "CYX")

    # 2. Same planes, one TiffData with a UUID child per channel (FileName = this file).
    n = "uint16-2ch-uuid.ome.tiff"
    check(p(n), write_with_uuid(p(n), stack, ["cells", "nuclei"]), "CYX")

    # 3. uint8, tiled 64 x 64 (edge tiles padded), SubIFD pyramid of 2 levels, no compression.
    stack8 = np.stack([cells, nuclei]).astype(np.uint8)
    n = "uint8-2ch-tiles-pyramid-none.ome.tiff"
    check(p(n), write_ome(p(n), stack8, "CYX", ["cells", "nuclei"], tile=(64, 64), pyramid=2,
                          level_tile=(32, 32)), "CYX")

    # 4. uint32 labels above 65535, BigTIFF, tiled, Deflate, SubIFD pyramid (levels stripped).
    big_cells = paint(160, 128, (5, 4), SEED + 1, first_label=70001)
    big_nuclei = paint(160, 128, (5, 4), SEED + 1, first_label=70001, nucleus=True)
    stack32 = np.stack([big_cells, big_nuclei]).astype(np.uint32)
    n = "uint32-2ch-bigtiff-tiles-pyramid-deflate.ome.tiff"
    check(p(n), write_ome(p(n), stack32, "CYX", ["cells", "nuclei"], tile=(32, 48), compression="zlib",
                          pyramid=2, bigtiff=True), "CYX")

    # 5. Single-channel uint16, legacy Deflate code 32946, one strip per plane.
    n = "uint16-1ch-strip-deflate32946.ome.tiff"
    check(p(n), write_ome(p(n), cells.astype(np.uint16)[np.newaxis], "CYX", ["cells"],
                          compression="deflate"), "YX")

    # 6. A Z-stack: 3 planes of one channel (an object keeps its label through Z), tiled Deflate.
    zstack = np.stack([paint(96, 80, (3, 2), SEED + 10 + z) for z in range(3)]).astype(np.uint16)
    n = "uint16-zstack-tiles-deflate.ome.tiff"
    check(p(n), write_ome(p(n), zstack, "ZYX", ["cells"], tile=(32, 32), compression="zlib"), "ZYX")

    # 7. An RGB image (SamplesPerPixel 3, interleaved): one Channel SamplesPerPixel="3", SizeC 3.
    yy, xx = np.mgrid[0:96, 0:128]
    rgb = np.stack([(xx * 2) % 256, (yy * 2) % 256, ((xx + yy) * 3) % 256], axis=-1).astype(np.uint8)
    n = "rgb-uint8.ome.tiff"
    check(p(n), write_ome(p(n), rgb, "YXS", ["rgb"], rowsperstrip=32, compression="zlib", photometric="rgb"),
          "YXS")

    # 8. tifffile.imwrite(..., ome=True) with nothing else: no channel names, no physical size.
    n = "defaults-no-names-no-physical-size.ome.tiff"
    tifffile.imwrite(p(n), cells.astype(np.uint16), ome=True, metadata={"UUID": uuid_for(n)})
    check(p(n), [cells.astype(np.uint16)], "YX")

    # 9. A float32 intensity image (not a label mask).
    intensity = (np.sin(xx / 9.0) * np.cos(yy / 7.0) * 1000.0).astype(np.float32)
    n = "float32-intensity.ome.tiff"
    check(p(n), write_ome(p(n), intensity[np.newaxis], "CYX", ["dapi"], compression="zlib"), "YX")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__)))

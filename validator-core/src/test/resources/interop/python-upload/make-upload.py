#!/usr/bin/python3
"""Writes HuBMAP segmentation-mask uploads with Python only: tifffile (mask OME-TIFFs), openpyxl
(XLSX objects tables) and the csv module (TSVs, adjacency CSV). No maskgate code or output is used.

    /usr/bin/python3 make-upload.py <output-folder>

Debian packages: python3-tifffile 2023.2.3, python3-numpy 1.24.2, python3-openpyxl 3.0.9.
The layout follows HuBMAP's segmentation-mask directory schema 2.7 (the latest) and the
"Version 2" metadata / contributors templates; the objects tables follow HuBMAP's object-by-feature
template (8-row header block, a blank row, the column header row, one row per object).

Folders written (each one a complete upload; the verdict each must get is in ../CASES.tsv):
  valid/                               everything right: no finding in either schema mode
  crop-na-permissible/                 valid; objects tables styled like a crop of a published dataset:
                                       'Permissible values' cells hold N/A, n/a or nothing
  defect-<area>-<what>/                the valid upload with exactly one defect (see VARIANTS)

Reproducibility: TSV, CSV and OME-TIFF files are byte-for-byte reproducible (fixed seeds, fixed
OME@UUID, no TIFF DateTime). XLSX files are not: openpyxl stamps each zip entry with the time of
writing (the workbook's created/modified properties are fixed here, the zip entry times cannot be).
"""
import copy
import csv
import datetime
import os
import shutil
import sys

import numpy as np
import openpyxl
import tifffile

SEED = 7301
MASK_FILE = "tissue.segmentations.ome.tiff"
MASKS_DIR = "derived/segmentation_masks"
METADATA_SCHEMA = "271bdcd3-b4ac-48e0-ac0f-d666652988af"
CONTRIBUTORS_SCHEMA = "94dae6f8-0756-4ab0-a47b-138e446a9501"
MASK_PROTOCOL = "10.17504/protocols.io.5qpvob93dl4o"
ANNOTATION_TOOLS = "Azimuth|STELLAR|FUSION|In-house|Manual|Not applicable"
CELL_TYPES = ["CL:0000084", "CL:0000236", "CL:0000235", "CL:0000057"]  # T cell, B cell, macrophage, fibroblast
MASK_IDS = {"cells": "CL:0000000", "nuclei": "GO:0005634"}  # cell; cell nucleus
HEADER_KEYS = ["Type", "Unit", "Feature class", "Description", "Protocol used to derive this feature value (DOI)",
               "Alternative ID", "Permissible values", "Requirement level"]


# ---- masks --------------------------------------------------------------------------------------------
def paint(width, height, grid, seed):
    """cells and nuclei planes: one ellipse per grid cell (labels 1..n row by row), its nucleus a smaller
    concentric ellipse with the same label. Convex, radius >= 3 px: every label is one 4-connected object."""
    rng = np.random.RandomState(seed)
    cols, rows = grid
    cw, ch = width / cols, height / rows
    yy, xx = np.mgrid[0:height, 0:width]
    cells = np.zeros((height, width), dtype=np.uint32)
    nuclei = np.zeros((height, width), dtype=np.uint32)
    label = 1
    for r in range(rows):
        for c in range(cols):
            cx = (c + 0.5) * cw + rng.uniform(-0.08, 0.08) * cw
            cy = (r + 0.5) * ch + rng.uniform(-0.08, 0.08) * ch
            rx, ry = rng.uniform(0.30, 0.40) * cw, rng.uniform(0.30, 0.40) * ch
            cells[((xx - cx) / rx) ** 2 + ((yy - cy) / ry) ** 2 <= 1.0] = label
            nuclei[((xx - cx) / max(rx * 0.45, 3.0)) ** 2 + ((yy - cy) / max(ry * 0.45, 3.0)) ** 2 <= 1.0] = label
            label += 1
    return cells, nuclei


def objects_of(plane):
    """label -> (centroid x, centroid y, area in pixels); centroids rounded to whole pixels."""
    out = {}
    for label in np.unique(plane):
        if label == 0:
            continue
        ys, xs = np.nonzero(plane == label)
        out[int(label)] = (int(round(xs.mean())), int(round(ys.mean())), int(xs.size))
    return out


def uuid_for(text):
    h = 0
    for ch in text.encode():
        h = (h * 131 + ch) % (1 << 122)
    s = "%032x" % ((h << 6) | 0x4000)
    return "%s-%s-%s-%s-%s" % (s[0:8], s[8:12], s[12:16], s[16:20], s[20:32])


def write_mask(path, mask, uuid_seed):
    """tifffile's OME writer: TiffData without UUID (tifffile's default), optional SubIFD pyramid."""
    stack = np.stack(mask["planes"]).astype(mask["dtype"])
    meta = {"axes": "CYX", "UUID": uuid_for(uuid_seed), "Channel": {"Name": mask["channels"]}}
    if mask["physical_size"]:
        meta.update(PhysicalSizeX=0.5, PhysicalSizeXUnit="µm", PhysicalSizeY=0.5, PhysicalSizeYUnit="µm")
    levels = [stack]
    for _ in range(mask["pyramid"]):
        levels.append(np.ascontiguousarray(levels[-1][:, ::2, ::2]))  # nearest neighbour: labels never mix
    with tifffile.TiffWriter(path, ome=True) as tif:
        tif.write(stack, subifds=mask["pyramid"] or None, metadata=meta, photometric="minisblack",
                  compression="zlib", **mask["layout"])
        for lvl in levels[1:]:
            tif.write(lvl, subfiletype=1, metadata=None, photometric="minisblack", compression="zlib",
                      tile=(32, 32))
    with tifffile.TiffFile(path) as tif:  # read back: same planes, channel names in the OME-XML
        assert np.array_equal(tif.series[0].asarray(), stack), path
        assert len(tif.series[0].levels) == len(levels), path


# ---- objects tables -----------------------------------------------------------------------------------
def column(name, typ, unit, fclass, description, permissible="", requirement="REQUIRED", protocol="", alt_id=""):
    return {"name": name, "attrs": [typ, unit, fclass, description, protocol, alt_id, permissible, requirement]}


def template_columns():
    """HuBMAP's template columns B..J with their header attributes."""
    return [
        column("Source file", "text", "", "mask", "Segmentation-mask OME-TIFF in this folder holding the object."),
        column("Mask name", "text", "", "mask", "Channel name of the mask in that OME-TIFF."),
        column("Mask ID", "obo id", "", "mask", "Ontology term of the class of objects in the mask."),
        column("Protocol for mask creation (DOI)", "doi", "", "mask", "DOI of the protocol used to create the mask."),
        column("Annotation tool", "text", "", "mask", "Tool used to annotate the object type.", ANNOTATION_TOOLS),
        column("Object type", "obo id", "", "ontology", "Cell Ontology term of the object.", requirement="OPTIONAL"),
        column("X", "integer", "pixel", "spatial", "Centroid X in pixels, origin top-left."),
        column("Y", "integer", "pixel", "spatial", "Centroid Y in pixels, origin top-left."),
        column("Z", "integer", "pixel", "spatial", "Centroid Z in pixels (0 for 2-D masks)."),
    ]


def objects_table(mask_name, objects, fmt):
    cols = template_columns()
    if mask_name == "cells":
        cols.append(column("Area", "float", "square micrometer", "morphology", "Object area (0.25 square micrometer per pixel).",
                           requirement="OPTIONAL"))
    rows = []
    for i, (label, (x, y, area)) in enumerate(sorted(objects.items())):
        row = [label, MASK_FILE, mask_name, MASK_IDS[mask_name], MASK_PROTOCOL,
               "Manual" if mask_name == "cells" else "Not applicable",
               CELL_TYPES[i % len(CELL_TYPES)] if mask_name == "cells" else "", x, y, 0]
        if mask_name == "cells":
            row.append(area * 0.25)
        rows.append(row)
    return {"format": fmt, "columns": cols, "rows": rows}


def table_grid(table):
    """The sheet as rows of cells: header block, blank separator row, column header row, data."""
    cols = table["columns"]
    grid = [[key] + [c["attrs"][k] for c in cols] for k, key in enumerate(HEADER_KEYS)]
    grid.append([])
    grid.append(["Object ID"] + [c["name"] for c in cols])
    grid.extend(table["rows"])
    return grid


def write_tsv(path, rows):
    with open(path, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter="\t", lineterminator="\n")
        for r in rows:
            w.writerow(["%g" % v if isinstance(v, float) else v for v in r])


def write_xlsx(path, rows):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "MAIN"
    for r, row in enumerate(rows, start=1):
        for c, value in enumerate(row, start=1):
            if value != "":
                ws.cell(row=r, column=c, value=value)
    fixed = datetime.datetime(2024, 6, 7, 12, 0, 0)
    wb.properties.created = fixed
    wb.properties.modified = fixed
    wb.properties.creator = "make-upload.py (openpyxl %s)" % openpyxl.__version__
    wb.save(path)


def adjacency(objects):
    """Pairs of objects whose centroids are closer than 30 px, as an edge list."""
    labels = sorted(objects)
    rows = [["Object ID", "Adjacent object ID", "Centroid distance (pixel)"]]
    for i, a in enumerate(labels):
        for b in labels[i + 1:]:
            d = ((objects[a][0] - objects[b][0]) ** 2 + (objects[a][1] - objects[b][1]) ** 2) ** 0.5
            if d < 30:
                rows.append([a, b, "%.2f" % d])
    return rows


# ---- the upload model ---------------------------------------------------------------------------------
def dataset(name, size, grid, seed, dtype, layout, pyramid, formats):
    cells, nuclei = paint(size[0], size[1], grid, seed)
    return {
        "name": name,
        "mask": {"planes": [cells, nuclei], "channels": ["cells", "nuclei"], "dtype": dtype, "layout": layout,
                 "pyramid": pyramid, "physical_size": True},
        "tables": {m: objects_table(m, objects_of(p), formats[m]) for m, p in (("cells", cells), ("nuclei", nuclei))},
        "extra_files": {
            "extras/README.txt": "Lab files of %s (this placeholder keeps the folder).\n" % name,
            "derived/extras/segmentation-parameters.json": '{"model": "ellipse-painter", "seed": %d}\n' % seed,
        },
    }


def valid_upload():
    datasets = [
        dataset("region-a", (128, 96), (6, 4), SEED, np.uint16, {"tile": (64, 64)}, 1, {"cells": "tsv", "nuclei": "xlsx"}),
        dataset("region-b", (96, 80), (4, 3), SEED + 1, np.uint32, {"rowsperstrip": 16}, 0, {"cells": "xlsx", "nuclei": "tsv"}),
    ]
    metadata = [["parent_dataset_id", "lab_id", "derived_dataset_protocol_doi", "derived_dataset_type", "program_url",
                 "contributors_path", "data_path", "is_cell_type_annotation_included", "metadata_schema_id"]]
    parents = ["HBM386.ZGKG.235", "HBM558.SRZG.629,HBM743.FBMW.281"]
    for d, parent in zip(datasets, parents):
        metadata.append([parent, "lab-" + d["name"], "https://dx.doi.org/%s/v2" % MASK_PROTOCOL, "Segmentation Mask",
                         "https://github.com/example-lab/ellipse-segmenter/releases/tag/v0.3.1", "./contributors.tsv",
                         "./" + d["name"], "Yes", METADATA_SCHEMA])
    contributors = [
        ["first_name", "last_name", "middle_name_or_initial", "display_name", "affiliation", "orcid", "email",
         "is_contact", "is_principal_investigator", "is_operator", "metadata_schema_id"],
        ["Josiah", "Carberry", "S", "Josiah S. Carberry", "Department of Psychoceramics, Brown University",
         orcid("0000-0002-1825-009"), "josiah.carberry@example.edu", "Yes", "Yes", "No", CONTRIBUTORS_SCHEMA],
        ["Ines", "Alvarez", "", "Ines Alvarez", "Tissue Imaging Core, Example Institute",
         orcid("0000-0003-4527-118"), "", "No", "No", "Yes", CONTRIBUTORS_SCHEMA],
    ]
    return {"metadata": metadata, "contributors": contributors, "datasets": datasets}


def orcid(first15):
    """Appends the ISO 7064 MOD 11-2 check character ORCID uses."""
    total = 0
    for ch in first15.replace("-", ""):
        total = (total + int(ch)) * 2
    check = (12 - total % 11) % 11
    return first15 + ("X" if check == 10 else str(check))


def write_upload(upload, root):
    if os.path.exists(root):
        shutil.rmtree(root)
    os.makedirs(root)
    write_tsv(os.path.join(root, "segmentation-mask-metadata.tsv"), upload["metadata"])
    write_tsv(os.path.join(root, "contributors.tsv"), upload["contributors"])
    for d in upload["datasets"]:
        base = os.path.join(root, d["name"])
        for rel, text in d["extra_files"].items():
            os.makedirs(os.path.dirname(os.path.join(base, rel)), exist_ok=True)
            with open(os.path.join(base, rel), "w", encoding="utf-8", newline="\n") as f:
                f.write(text)
        masks = os.path.join(base, MASKS_DIR)
        os.makedirs(masks, exist_ok=True)
        write_mask(os.path.join(masks, MASK_FILE), d["mask"], d["name"])
        for name, table in d["tables"].items():
            target = os.path.join(masks, "%s-objects.%s" % (name, table["format"]))
            (write_tsv if table["format"] == "tsv" else write_xlsx)(target, table_grid(table))
        cells = {row[0]: (row[7], row[8]) for row in d["tables"]["cells"]["rows"]}
        write_tsv_csv(os.path.join(masks, "cells-centroid-adjacency.csv"), adjacency(cells))


def write_tsv_csv(path, rows):
    with open(path, "w", encoding="utf-8", newline="") as f:
        csv.writer(f, lineterminator="\n").writerows(rows)


# ---- variants: the valid upload with one change ---------------------------------------------------------
def region(upload, name):
    return next(d for d in upload["datasets"] if d["name"] == name)


def crop_na(u):
    """Permissible values as a published crop writes them: N/A (any case) or nothing; extra marker columns."""
    for d in u["datasets"]:
        for name, t in d["tables"].items():
            spellings = ["N/A", "n/a", "", "N/a"]
            for k, c in enumerate(t["columns"]):
                if c["name"] == "Annotation tool" and name == "cells":
                    continue  # keeps the template's list
                c["attrs"][6] = spellings[k % len(spellings)]
            t["columns"].append(column("CD45 mean intensity", "float", "intensity", "antibody",
                                       "Mean CD45 intensity inside the object.", "N/A", "OPTIONAL"))
            t["columns"].append(column("Neighbour count", "integer", "count", "neighborhood",
                                       "Objects whose centroid is closer than 30 px.", "n/a", "OPTIONAL"))
            for i, row in enumerate(t["rows"]):
                row.extend([round(100.0 + 7.25 * (i % 9), 2), i % 5])


def dir_not_allowed(u):
    region(u, "region-a")["extra_files"]["analysis-notes.txt"] = "Notes kept next to derived/ instead of in extras/.\n"


def metadata_doi(u):
    u["metadata"][1][2] = MASK_PROTOCOL + "/v2"  # a bare DOI where the template wants the URL form


def contributors_orcid(u):
    u["contributors"][2][5] = "https://orcid.org/" + u["contributors"][2][5]  # a URL, not a bare ORCID iD


def objects_tsv_doi(u):
    rows = region(u, "region-a")["tables"]["cells"]["rows"]
    rows[2][4] = "https://doi.org/" + MASK_PROTOCOL  # HuBMAP wants the bare DOI


def objects_xlsx_tool(u):
    rows = region(u, "region-a")["tables"]["nuclei"]["rows"]
    rows[4][5] = "Cellpose"  # not one of the permissible annotation tools


def ometiff_physical_size(u):
    region(u, "region-a")["mask"]["physical_size"] = False


def ometiff_label_split(u):
    """Label 5 of the cells channel gets a second, separate 3 x 3 piece in the background."""
    planes = region(u, "region-a")["mask"]["planes"]
    cells = planes[0].copy()
    own = np.argwhere(cells == 5)
    for y in range(1, cells.shape[0] - 4):
        for x in range(1, cells.shape[1] - 4):
            far = np.min(np.abs(own[:, 0] - y) + np.abs(own[:, 1] - x)) > 6
            if far and not cells[y - 1:y + 4, x - 1:x + 4].any():
                cells[y:y + 3, x:x + 3] = 5
                planes[0] = cells
                return
    raise AssertionError("no free background for the second piece")


def labels_missing_row(u):
    """Object 7 of the cells mask has no row (the adjacency list is derived from the rows, so it agrees)."""
    t = region(u, "region-a")["tables"]["cells"]
    t["rows"] = [r for r in t["rows"] if r[0] != 7]


VARIANTS = {
    "valid": None,
    "crop-na-permissible": crop_na,
    "defect-directory-not-allowed": dir_not_allowed,
    "defect-metadata-protocol-doi": metadata_doi,
    "defect-contributors-orcid-url": contributors_orcid,
    "defect-objects-tsv-doi-url": objects_tsv_doi,
    "defect-objects-xlsx-annotation-tool": objects_xlsx_tool,
    "defect-ometiff-no-physical-size": ometiff_physical_size,
    "defect-ometiff-label-split": ometiff_label_split,
    "defect-objects-labels-missing-row": labels_missing_row,
}


def main(out):
    base = valid_upload()
    for name, change in VARIANTS.items():
        u = copy.deepcopy(base)
        if change:
            change(u)
        write_upload(u, os.path.join(out, name))
        files = sum(len(f) for _, _, f in os.walk(os.path.join(out, name)))
        size = sum(os.path.getsize(os.path.join(p, n)) for p, _, f in os.walk(os.path.join(out, name)) for n in f)
        print("%-40s %2d files %7d bytes" % (name, files, size))
    print("written with tifffile %s, numpy %s, openpyxl %s, Python %s" % (
        tifffile.__version__, np.__version__, openpyxl.__version__, sys.version.split()[0]))


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__)))

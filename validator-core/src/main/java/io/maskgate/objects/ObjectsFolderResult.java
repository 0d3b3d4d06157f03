package io.maskgate.objects;

import io.maskgate.report.Checked;

import java.util.ArrayList;
import java.util.List;

/** What checking a {@code segmentation_masks} folder's objects tables and adjacency CSVs covered. */
public record ObjectsFolderResult(List<ObjectsTableResult> tables, List<AdjacencyResult> adjacency) {

    public ObjectsFolderResult {
        tables = List.copyOf(tables);
        adjacency = List.copyOf(adjacency);
    }

    /** Lines for the report's "checked" section (add them with {@code ValidationContext.checked}). */
    public List<Checked> checked() {
        List<Checked> out = new ArrayList<>();
        long tsv = tables.stream().filter(t -> t.format() == TableFormat.TSV).count();
        long eight = tables.stream().filter(t -> t.headerForm() == HeaderForm.EIGHT_ROW).count();
        long seven = tables.stream().filter(t -> t.headerForm() == HeaderForm.SEVEN_ROW).count();
        long none = tables.size() - eight - seven;
        StringBuilder detail = new StringBuilder(tsv + " TSV, " + (tables.size() - tsv) + " XLSX");
        if (eight > 0) {
            detail.append("; 8-row header block: ").append(eight);
        }
        if (seven > 0) {
            detail.append("; 7-row (older) header block: ").append(seven);
        }
        if (none > 0) {
            detail.append("; without header block: ").append(none);
        }
        out.add(new Checked("objects tables", tables.size(), detail.toString()));
        out.add(new Checked("objects table rows", tables.stream().mapToLong(ObjectsTableResult::dataRows).sum(),
                "values, Object IDs, Source file and Mask name of every row"));
        if (!adjacency.isEmpty()) {
            out.add(new Checked("adjacency files", adjacency.size(), adjacency.stream()
                    .mapToLong(AdjacencyResult::references).sum() + " object references checked"));
        }
        return out;
    }
}

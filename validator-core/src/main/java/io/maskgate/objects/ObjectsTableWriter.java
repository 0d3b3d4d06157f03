package io.maskgate.objects;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * Writes valid objects tables: HuBMAP's header block for the template columns plus any extra
 * feature columns, the blank separator row, the column header row and the data rows, as TSV or as
 * XLSX (sheet {@code MAIN}). Immutable; {@code with...} methods return a new writer.
 *
 * <pre>{@code
 * ObjectsTableWriter w = ObjectsTableWriter.template()
 *         .withFeature(FeatureColumn.of("area", "float", "morphology", "Object area").withUnit("square micrometer"));
 * w.writeTsv(dir.resolve("cells-objects.tsv"), List.of(
 *         ObjectsTableWriter.templateRow(1, "kidney.segmentations.ome.tiff", "cells", "CL:0000000",
 *                 "10.17504/protocols.io.abc123", "Manual", "CL:0000236", 10, 12, 0, "35.5")));
 * }</pre>
 */
public final class ObjectsTableWriter {

    private final List<FeatureColumn> columns;
    private final HeaderForm form;

    private ObjectsTableWriter(List<FeatureColumn> columns, HeaderForm form) {
        this.columns = List.copyOf(columns);
        this.form = form;
    }

    /** The template columns (Source file … Z) with the current 8-row header block. */
    public static ObjectsTableWriter template() {
        return new ObjectsTableWriter(ObjectsTemplate.COLUMNS, HeaderForm.EIGHT_ROW);
    }

    /** This writer with one more column after the existing ones. */
    public ObjectsTableWriter withFeature(FeatureColumn column) {
        List<FeatureColumn> c = new ArrayList<>(columns);
        c.add(column);
        return new ObjectsTableWriter(c, form);
    }

    /** This writer with the given header-block form (the older 7-row form has no Alternative ID row). */
    public ObjectsTableWriter withHeaderForm(HeaderForm headerForm) {
        return new ObjectsTableWriter(columns, headerForm);
    }

    /** The columns after {@code Object ID}. */
    public List<FeatureColumn> columns() {
        return columns;
    }

    /** Every column name, {@code Object ID} first. */
    public List<String> columnNames() {
        List<String> names = new ArrayList<>();
        names.add(ObjectsTemplate.OBJECT_ID);
        for (FeatureColumn c : columns) {
            names.add(c.name());
        }
        return names;
    }

    /** The rows above the data: header block (keys in column A), the blank separator row, the column header row. */
    public List<List<String>> headerRows() {
        List<List<String>> rows = new ArrayList<>();
        for (String key : form.keys()) {
            List<String> row = new ArrayList<>();
            row.add(key);
            for (FeatureColumn c : columns) {
                row.add(c.attribute(key));
            }
            rows.add(row);
        }
        rows.add(List.of());
        rows.add(columnNames());
        return rows;
    }

    /** Header rows followed by {@code dataRows}, lazily (a large table is never held in memory). */
    public Iterable<List<String>> allRows(Iterable<? extends List<String>> dataRows) {
        List<List<String>> header = headerRows();
        return () -> new Iterator<>() {
            private final Iterator<List<String>> head = header.iterator();
            private final Iterator<? extends List<String>> data = dataRows.iterator();

            @Override
            public boolean hasNext() {
                return head.hasNext() || data.hasNext();
            }

            @Override
            public List<String> next() {
                return head.hasNext() ? head.next() : data.next();
            }
        };
    }

    /** Writes a TSV objects table. */
    public void writeTsv(Path file, Iterable<? extends List<String>> dataRows) throws IOException {
        TableFiles.writeTsv(file, allRows(dataRows));
    }

    /** Writes an XLSX objects table on sheet {@code MAIN}, streaming (SXSSF). */
    public void writeXlsx(Path file, Iterable<? extends List<String>> dataRows) throws IOException {
        TableFiles.writeXlsx(file, XlsxRowSource.SHEET, allRows(dataRows));
    }

    /** A data row for the template columns, followed by {@code extras} for added feature columns. */
    public static List<String> templateRow(long objectId, String sourceFile, String maskName, String maskId,
                                           String protocolDoi, String annotationTool, String objectType,
                                           long x, long y, long z, String... extras) {
        List<String> row = new ArrayList<>(10 + extras.length);
        row.add(Long.toString(objectId));
        row.add(sourceFile);
        row.add(maskName);
        row.add(maskId);
        row.add(protocolDoi);
        row.add(annotationTool);
        row.add(objectType);
        row.add(Long.toString(x));
        row.add(Long.toString(y));
        row.add(Long.toString(z));
        row.addAll(List.of(extras));
        return row;
    }
}

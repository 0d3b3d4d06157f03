package io.maskgate.objects;

import io.maskgate.rules.Finding;
import io.maskgate.rules.Location;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Test tables: a clean 3-object table of mask 'cells' in kidney.segmentations.ome.tiff with the template
 * columns A–J and four extra feature columns K (area, float), L (on_border, boolean), M (cell_type, text with
 * permissible values), N (neighbors, integer). Rows 1–8 header block, 9 blank, 10 column header, 11–13 data.
 */
final class ObjectsTables {

    static final String TIFF = "kidney.segmentations.ome.tiff";

    private ObjectsTables() {
    }

    static ObjectsTableWriter writer() {
        return ObjectsTableWriter.template()
                .withFeature(FeatureColumn.of("area", "float", "morphology", "Area of the object").withUnit("square micrometer"))
                .withFeature(FeatureColumn.of("on_border", "boolean", "spatial", "Object touches the image border"))
                .withFeature(FeatureColumn.of("cell_type", "text", "ontology", "Cell type name").withPermissibleValues("T cell|B cell"))
                .withFeature(FeatureColumn.of("neighbors", "integer", "neighborhood", "Number of touching objects").withUnit("count"));
    }

    static List<String> dataRow(long id, String mask, long x, long y) {
        return ObjectsTableWriter.templateRow(id, TIFF, mask, "CL:0000000", "10.17504/protocols.io.abc123", "Manual",
                "CL:0000236", x, y, 0, "35.5", "FALSE", "T cell", "4");
    }

    /** The data rows of the clean table: objects 1–3 at the centres of their boxes. */
    static List<List<String>> cleanData(String mask) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(dataRow(1, mask, 10, 10));
        rows.add(dataRow(2, mask, 30, 10));
        rows.add(dataRow(3, mask, 50, 25));
        return rows;
    }

    /** The whole clean table, each row a mutable list. */
    static List<List<String>> clean(String mask) {
        List<List<String>> rows = new ArrayList<>();
        for (List<String> r : writer().allRows(cleanData(mask))) {
            rows.add(new ArrayList<>(r));
        }
        return rows;
    }

    static List<List<String>> clean() {
        return clean("cells");
    }

    /** Sets the cell at Excel-true {@code row} and column {@code letters}, widening the row as needed. */
    static List<List<String>> set(List<List<String>> rows, int row, String letters, String value) {
        List<String> r = rows.get(row - 1);
        int c = column(letters);
        while (r.size() < c) {
            r.add("");
        }
        r.set(c - 1, value);
        return rows;
    }

    static int column(String letters) {
        int c = 0;
        for (int i = 0; i < letters.length(); i++) {
            c = c * 26 + (letters.charAt(i) - 'A' + 1);
        }
        return c;
    }

    /** Mask info for the TIFF: channels 'cells' and 'nuclei'; 'cells' has labels 1–3 with boxes around the clean centroids. */
    static MaskIndex masks() {
        MaskLabels cells = MaskLabels.of(new long[] {1, 2, 3}, new int[] {5, 5, 15, 15, 25, 5, 35, 15, 45, 20, 55, 30});
        return MaskIndex.of(Map.of(TIFF, new MaskInfo(List.of("cells", "nuclei"), List.of(cells, MaskLabels.of(new long[0], new int[0])), true)));
    }

    /** A folder holding an (empty) mask OME-TIFF, as Source file needs. */
    static Path folder(Path parent, String name) throws IOException {
        Path dir = Files.createDirectories(parent.resolve(name));
        Files.write(dir.resolve(TIFF), new byte[0]);
        return dir;
    }

    static void write(Path file, List<List<String>> rows, TableFormat format) throws IOException {
        if (format == TableFormat.TSV) {
            TableFiles.writeTsv(file, rows);
        } else {
            TableFiles.writeXlsx(file, "MAIN", rows);
        }
    }

    /** Writes {@code rows} as {@code <prefix>-objects.<format>} in {@code dir} and checks it. */
    static List<Finding> check(Path dir, String prefix, List<List<String>> rows, TableFormat format, MaskIndex masks)
            throws IOException {
        Path file = dir.resolve(prefix + "-objects." + format.name().toLowerCase(Locale.ROOT));
        write(file, rows, format);
        List<Finding> findings = new ArrayList<>();
        new ObjectsTableChecker().checkTable(file, file.getFileName().toString(), masks, findings::add);
        findings.sort(Finding.ORDER);
        return findings;
    }

    /** Code, location and message: what must agree between the TSV and the XLSX of the same table. */
    static List<String> comparable(List<Finding> findings) {
        List<String> out = new ArrayList<>();
        for (Finding f : findings) {
            out.add(f.code() + " @ " + f.location().describe() + ": " + f.message());
        }
        return out;
    }

    static Location cell(String ref) {
        int i = 0;
        while (i < ref.length() && Character.isLetter(ref.charAt(i))) {
            i++;
        }
        return Location.cell(Long.parseLong(ref.substring(i)), i == 0 ? null : column(ref.substring(0, i)));
    }
}

package io.maskgate.objects;

import io.maskgate.rules.Finding;
import io.maskgate.rules.Location;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.UnaryOperator;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A packaged upload's objects table spreads one mask over one file per trench (2,795 in the release),
 * numbering objects on from file to file. Every file's rows are compared with its labels, beyond the
 * first 256 files too, and the packed labels give the same findings as plain ones.
 */
class ManyMaskFilesTest {

    static final int FILES = 300;
    static final int OBJECTS = 10;
    /** Rows 1–8 header block, 9 blank, 10 column header. */
    static final int FIRST_DATA_ROW = 11;

    @TempDir
    Path tmp;

    static String file(int f) {
        return "trench-" + f + ".segmentations.ome.tiff";
    }

    static long id(int f, int j) {
        return (long) f * OBJECTS + j + 1;
    }

    static long row(int f, int j) {
        return FIRST_DATA_ROW + (long) f * OBJECTS + j;
    }

    /** Each file's channel 'cells' holds its objects; object j's box is x 10j–10j+5, y 0–5. */
    static MaskIndex masks(UnaryOperator<MaskLabels> form) {
        Map<String, MaskInfo> masks = new TreeMap<>();
        for (int f = 0; f < FILES; f++) {
            long[] labels = new long[OBJECTS];
            int[] boxes = new int[4 * OBJECTS];
            for (int j = 0; j < OBJECTS; j++) {
                labels[j] = id(f, j);
                boxes[4 * j] = 10 * j;
                boxes[4 * j + 2] = 10 * j + 5;
                boxes[4 * j + 3] = 5;
            }
            masks.put(file(f), new MaskInfo(List.of("cells"), List.of(form.apply(MaskLabels.of(labels, boxes))), true));
        }
        return MaskIndex.of(masks);
    }

    static List<String> data(int f, long id, long x) {
        return ObjectsTableWriter.templateRow(id, file(f), "cells", "CL:0000000", "10.17504/protocols.io.abc123", "Manual",
                "CL:0000236", x, 2, 0);
    }

    private Path upload() throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("segmentation_masks"));
        List<List<String>> rows = new ArrayList<>();
        for (int f = 0; f < FILES; f++) {
            Files.write(dir.resolve(file(f)), new byte[0]);
            for (int j = 0; j < OBJECTS; j++) {
                long id = id(f, j);
                long x = 10L * j + 2;
                if (f == 290 && j == 3) {
                    id = 5000; // in no file
                } else if (f == 5 && j == 1) {
                    x = 500;
                } else if (f == FILES - 1 && j == OBJECTS - 1) {
                    id = 1; // the first row's object
                }
                rows.add(data(f, id, x));
            }
        }
        ObjectsTableWriter.template().writeTsv(dir.resolve("cells-objects.tsv"), rows);
        return dir;
    }

    private static List<String> check(Path dir, MaskIndex masks) {
        List<Finding> findings = new ArrayList<>();
        new ObjectsTableChecker().checkFolder(dir, "", masks, findings::add);
        findings.sort(Finding.ORDER);
        List<String> out = new ArrayList<>();
        for (Finding f : findings) {
            out.add(f.code() + " " + f.file() + " " + f.location().describe() + " " + f.message());
        }
        return out;
    }

    private static String at(String code, String file, Location where) {
        return code + " " + file + " " + where.describe();
    }

    private static Location label(int f, int j) {
        return Location.pixel(0, 0, null, null).withLabel(id(f, j), new Location.Box(10L * j, 0, 10L * j + 5, 5));
    }

    @Test
    void rowsOfEveryFileAreComparedWithItsLabels() throws IOException {
        Path dir = upload();
        List<String> findings = check(dir, masks(PackedMaskLabels::copyOf));
        String table = "cells-objects.tsv";
        List<String> expected = new ArrayList<>(List.of(
                at("OBJECTS_CENTROID_OUTSIDE", table, Location.cell(row(5, 1), 8)),
                at("OBJECTS_ROW_WITHOUT_LABEL", table, Location.cell(row(290, 3), 1)),
                at("OBJECTS_LABEL_WITHOUT_ROW", file(290), label(290, 3)),
                at("OBJECTS_OBJECT_ID_DUPLICATE", table, Location.cell(row(FILES - 1, OBJECTS - 1), 1)),
                at("OBJECTS_ROW_WITHOUT_LABEL", table, Location.cell(row(FILES - 1, OBJECTS - 1), 1)),
                at("OBJECTS_LABEL_WITHOUT_ROW", file(FILES - 1), label(FILES - 1, OBJECTS - 1))));
        List<String> actual = new ArrayList<>();
        for (String f : findings) {
            for (String e : expected) {
                if (f.startsWith(e + " ")) {
                    actual.add(e);
                }
            }
        }
        assertEquals(expected.size(), findings.size(), String.join("\n", findings));
        assertEquals(expected.stream().sorted().toList(), actual.stream().sorted().toList(), String.join("\n", findings));
        assertEquals(1, findings.stream().filter(f -> f.endsWith("Object ID 1 repeats row " + FIRST_DATA_ROW)).count(),
                String.join("\n", findings));
    }

    @Test
    void packedLabelsGiveTheFindingsOfPlainLabels() throws IOException {
        Path dir = upload();
        assertEquals(check(dir, masks(UnaryOperator.identity())), check(dir, masks(PackedMaskLabels::copyOf)));
    }
}

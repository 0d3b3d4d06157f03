package io.maskgate.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.maskgate.objects.MaskIndex;
import io.maskgate.objects.MaskInfo;
import io.maskgate.objects.MaskLabels;
import io.maskgate.objects.ObjectsTableChecker;
import io.maskgate.objects.ObjectsTableResult;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Fuzzes the objects table readers and checks: an input starting with the ZIP signature {@code PK} is checked as
 * {@code cells-objects.xlsx} (POI streaming reader, sheet choice, zip-bomb guard), anything else as
 * {@code cells-objects.tsv} (UTF-8, delimited rows, header block, column header, value checks). A mask index
 * with labels 1–3 in channel {@code cells} makes the row ↔ label checks run. Seeds: template tables in both formats.
 */
class ObjectsTableFuzzTest {

    private static final String TIFF = "kidney.segmentations.ome.tiff";
    private static final MaskIndex MASKS = MaskIndex.of(Map.of(TIFF, new MaskInfo(List.of("cells", "nuclei"),
            List.of(MaskLabels.of(new long[] {1, 2, 3}, new int[] {5, 5, 15, 15, 25, 5, 35, 15, 45, 20, 55, 30}),
                    MaskLabels.of(new long[0], new int[0])), true)));

    private final ObjectsTableChecker checker = new ObjectsTableChecker();

    @TempDir
    Path tmp;

    @FuzzTest(maxDuration = "3s")
    void objectsTable(byte[] table) throws IOException {
        boolean xlsx = table.length >= 2 && table[0] == 'P' && table[1] == 'K';
        String name = xlsx ? "cells-objects.xlsx" : "cells-objects.tsv";
        Path file = Files.write(tmp.resolve(name), table);
        Findings findings = new Findings();
        ObjectsTableResult result = xlsx ? checker.checkXlsx(file, name, MASKS, findings)
                : checker.checkTsv(file, name, MASKS, findings);
        // rows are compared with the mask's labels: a label without a row is a finding on the mask file
        findings.assertAllAbout(List.of(name, TIFF));
        assertEquals(name, result.file());
        assertTrue(result.dataRows() >= 0 && result.columns() >= 0, () -> "negative counts: " + result);
        assertFalse(!result.complete() && findings.isEmpty(), "reading stopped early without a finding");
    }
}

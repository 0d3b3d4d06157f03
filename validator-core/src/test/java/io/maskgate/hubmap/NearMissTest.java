package io.maskgate.hubmap;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class NearMissTest {

    private static final DirectorySchemas SCHEMAS = DirectorySchemas.segmentationMask();
    private static final String DIR = "derived/segmentation_masks/";

    private static SchemaEntry entry(String version, String title) {
        return SCHEMAS.version(version).orElseThrow().entries().stream().filter(e -> e.title().equals(title)).findFirst().orElseThrow();
    }

    private static NearMiss near(String version, String title, String... paths) {
        Optional<NearMiss> m = NearMiss.find(entry(version, title), SCHEMAS.version(version).orElseThrow(), List.of(paths));
        assertTrue(m.isPresent(), "a near miss among " + List.of(paths));
        return m.get();
    }

    @Test
    void tifNeedsTheTiffExtension() {
        NearMiss m = near("2.7", "segmentation mask OME-TIFF", DIR + "cells-objects.tsv", DIR + "cells.segmentations.ome.tif");
        assertEquals(DIR + "cells.segmentations.ome.tif", m.path());
        assertEquals("it needs the .tiff extension, not .tif", m.explanation());
        assertEquals(DIR + "cells.segmentations.ome.tiff", m.fix());
    }

    @Test
    void csvObjectsTablesMustBeXlsxOrTsv() {
        NearMiss m = near("2.7", "objects table", DIR + "cells.segmentations.ome.tiff", DIR + "cells-objects.csv");
        assertEquals("objects tables must be .xlsx or .tsv, not .csv", m.explanation());
        assertEquals(DIR + "cells-objects.tsv", m.fix());
        // 2.4 allows only .xlsx
        NearMiss m24 = near("2.4", "objects table", DIR + "cells-objects.tsv");
        assertEquals("it needs the .xlsx extension, not .tsv", m24.explanation());
        assertEquals(DIR + "cells-objects.xlsx", m24.fix());
    }

    @Test
    void caseSeparatorMissingPartAndFolderSlips() {
        NearMiss upper = near("2.7", "segmentation mask OME-TIFF", DIR + "Cells.Segmentations.OME.TIFF");
        assertTrue(upper.explanation().contains("case-sensitive"), upper.explanation());
        assertEquals(DIR + "Cells.segmentations.ome.tiff", upper.fix());

        NearMiss underscore = near("2.7", "objects table", DIR + "cells_objects.tsv");
        assertEquals("the name must end in -objects.xlsx: use '-objects', not '_objects'", underscore.explanation().replace("-objects.tsv", "-objects.xlsx"));
        assertEquals(DIR + "cells-objects.tsv", underscore.fix());

        NearMiss noPart = near("2.7", "segmentation mask OME-TIFF", DIR + "cells.ome.tiff");
        assertEquals("the name must end in .segmentations.ome.tiff; it lacks .segmentations", noPart.explanation());
        assertEquals(DIR + "cells.segmentations.ome.tiff", noPart.fix());

        NearMiss folder = near("2.7", "segmentation mask OME-TIFF", "derived/cells.segmentations.ome.tiff", "extras/x.txt");
        assertEquals("it must be directly inside derived/segmentation_masks/, not in derived/", folder.explanation());
        assertEquals(DIR + "cells.segmentations.ome.tiff", folder.fix());

        NearMiss folderCase = near("2.7", "segmentation mask OME-TIFF", "derived/Segmentation_Masks/cells.segmentations.ome.tiff");
        assertTrue(folderCase.explanation().contains("folder names are case-sensitive"), folderCase.explanation());
    }

    @Test
    void folderSlips() {
        NearMiss extras = near("2.7", "derived extras folder", "derived/Extras/readme.txt", DIR + "a.segmentations.ome.tiff");
        assertEquals("derived/Extras/", extras.path());
        assertEquals("folder names are case-sensitive: rename derived/Extras/ to derived/extras/", extras.explanation());

        NearMiss typo = near("2.7", "top-level extras folder", "extra/", "derived/x");
        assertEquals("the folder must be named extras/, not extra/", typo.explanation());

        NearMiss placed = near("2.7", "top-level extras folder", "derived/segmentation_masks/extras/a.txt");
        assertEquals("the folder must be at extras/, not at derived/segmentation_masks/extras/", placed.explanation());
        // derived/extras/ is what another entry asks for: never offered as the misplaced top-level extras/
        assertTrue(NearMiss.find(entry("2.7", "top-level extras folder"), SCHEMAS.latest(), List.of("derived/extras/a.txt")).isEmpty());
        // a valid objects table is never the near miss of a missing mask
        assertTrue(NearMiss.find(entry("2.7", "segmentation mask OME-TIFF"), SCHEMAS.latest(),
                List.of(DIR + "cells-objects.tsv", DIR + "cells-centroid-adjacency.csv")).isEmpty());
    }

    @Test
    void theMostSpecificSlipWinsAndOthersAreCounted() {
        NearMiss m = near("2.7", "segmentation mask OME-TIFF", "derived/a.segmentations.ome.tiff",
                DIR + "b.segmentations.ome.tif", DIR + "c.segmentations.ome.tif");
        assertEquals(DIR + "b.segmentations.ome.tif", m.path());
        assertEquals(1, m.others());
    }

    @Test
    void nothingCloseGivesNothing() {
        assertTrue(NearMiss.find(entry("2.7", "segmentation mask OME-TIFF"), SCHEMAS.latest(), List.of("extras/a.txt", "derived/extras/")).isEmpty());
        assertTrue(NearMiss.find(entry("2.7", "top-level extras folder"), SCHEMAS.latest(), List.of("derived/extras/x", "data/y")).isEmpty());
    }

    @Test
    void editDistance() {
        assertEquals(0, NearMiss.editDistance("extras", "extras"));
        assertEquals(1, NearMiss.editDistance("extra", "extras"));
        assertEquals(2, NearMiss.editDistance("exrtas", "extras"));
    }
}

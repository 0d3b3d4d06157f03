package io.maskgate.hubmap;

import io.maskgate.validation.HubmapSchemaMode;

import io.maskgate.rules.Finding;
import io.maskgate.rules.Location;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DirectorySchemaCheckTest {

    private static final DirectorySchemas SCHEMAS = DirectorySchemas.segmentationMask();

    @TempDir
    Path dir;
    @TempDir
    Path elsewhere;

    private Path touch(String rel) throws IOException {
        Path p = dir.resolve(rel);
        Files.createDirectories(p.getParent());
        Files.writeString(p, "x");
        return p;
    }

    private void goodDataset() throws IOException {
        touch("extras/README.txt");
        touch("derived/extras/README.txt");
        touch("derived/segmentation_masks/mask.segmentations.ome.tiff");
        touch("derived/segmentation_masks/cells-objects.tsv");
        touch("derived/segmentation_masks/nuclei-objects.xlsx");
        touch("derived/segmentation_masks/cells-centroid-adjacency.csv");
    }

    private List<Finding> check(HubmapSchemaMode mode, List<DirectoryOutcome> out) {
        List<Finding> findings = new ArrayList<>();
        out.add(new DirectorySchemaCheck(SCHEMAS).check(dir, "ds", mode, IgnoreGlobs.DEFAULT, findings::add));
        return findings;
    }

    @Test
    void listingIsSortedPosixWithEmptyFoldersAsDirSlash() throws IOException {
        goodDataset();
        Files.createDirectories(dir.resolve("derived/segmentation_masks/transformations"));
        Files.createDirectories(dir.resolve("extras/empty/deeper"));
        DatasetListing listing = DatasetListing.of(dir);
        assertEquals(List.of("derived/extras/README.txt", "derived/segmentation_masks/cells-centroid-adjacency.csv",
                "derived/segmentation_masks/cells-objects.tsv", "derived/segmentation_masks/mask.segmentations.ome.tiff",
                "derived/segmentation_masks/nuclei-objects.xlsx", "derived/segmentation_masks/transformations/",
                "extras/README.txt", "extras/empty/deeper/"), listing.paths());
        assertEquals(List.of(), listing.failures());
    }

    @Test
    void aGoodDatasetPassesTheLatestVersion() throws IOException {
        goodDataset();
        List<DirectoryOutcome> out = new ArrayList<>();
        assertEquals(List.of(), check(HubmapSchemaMode.LATEST, out));
        assertEquals("segmentation-mask-v2.7", out.get(0).match().schema().id());
        assertTrue(out.get(0).accepted());
    }

    @Test
    void anEmptyExtrasFolderSatisfiesExtras() throws IOException {
        goodDataset();
        Files.delete(dir.resolve("extras/README.txt"));
        assertEquals(List.of(), check(HubmapSchemaMode.LATEST, new ArrayList<>()));
    }

    @Test
    void topLevelDotfilesAreIgnoredOtherFilesAreNotAllowed() throws IOException {
        goodDataset();
        touch(".DS_Store");
        touch(".git/config");
        touch("notes.txt");
        Files.createDirectories(dir.resolve("scratch"));
        List<Finding> f = check(HubmapSchemaMode.LATEST, new ArrayList<>());
        assertEquals(List.of("ds/notes.txt", "ds/scratch"), f.stream().map(Finding::file).toList());
        assertTrue(f.stream().allMatch(x -> x.code().equals("HUBMAP_NOT_ALLOWED")));
        assertTrue(f.get(0).message().startsWith("Not allowed (as segmentation-mask-v2.7): notes.txt matches no entry"), f.get(0).message());
        assertTrue(f.get(0).message().contains("only extras/ and derived/ may hold files"), f.get(0).message());
        assertTrue(f.get(1).message().contains("the empty folder scratch/"), f.get(1).message());
        assertFalse(f.get(0).message().contains("\\/"), "no raw regex in messages");
    }

    @Test
    void aMaskAtTheTopIsNotAllowedAndMissingWithTheNearMiss() throws IOException {
        goodDataset();
        Files.move(dir.resolve("derived/segmentation_masks/mask.segmentations.ome.tiff"), dir.resolve("mask.segmentations.ome.tiff"));
        List<Finding> f = check(HubmapSchemaMode.LATEST, new ArrayList<>());
        assertEquals(2, f.size(), f.toString());
        Finding notAllowed = f.stream().filter(x -> x.code().equals("HUBMAP_NOT_ALLOWED")).findFirst().orElseThrow();
        assertTrue(notAllowed.hint().contains("looks like a segmentation mask OME-TIFF: move it into derived/segmentation_masks/"),
                notAllowed.hint());
        Finding missing = f.stream().filter(x -> x.code().equals("HUBMAP_REQUIRED_MISSING")).findFirst().orElseThrow();
        assertEquals("ds/mask.segmentations.ome.tiff", missing.file());
        assertTrue(missing.message().contains("it must be directly inside derived/segmentation_masks/, not in the top of the dataset"),
                missing.message());
    }

    @Test
    void requiredMissingIsInWordsWithTheNearMissFile() throws IOException {
        goodDataset();
        Files.move(dir.resolve("derived/segmentation_masks/mask.segmentations.ome.tiff"),
                dir.resolve("derived/segmentation_masks/mask.segmentations.ome.tif"));
        List<Finding> f = check(HubmapSchemaMode.LATEST, new ArrayList<>());
        assertEquals(1, f.size(), f.toString());
        Finding m = f.get(0);
        assertEquals("HUBMAP_REQUIRED_MISSING", m.code());
        assertEquals("ds/derived/segmentation_masks/mask.segmentations.ome.tif", m.file());
        assertEquals(Location.NONE, m.location());
        assertEquals("Required but missing (as segmentation-mask-v2.7): the segmentation mask OME-TIFF: a file directly inside "
                + "derived/segmentation_masks/ whose name ends in .segmentations.ome.tiff (e.g. "
                + "derived/segmentation_masks/cells.segmentations.ome.tiff). Probably meant: "
                + "derived/segmentation_masks/mask.segmentations.ome.tif — it needs the .tiff extension, not .tif.", m.message());
        assertEquals("Rename derived/segmentation_masks/mask.segmentations.ome.tif to derived/segmentation_masks/mask.segmentations.ome.tiff.",
                m.hint());
        assertFalse(m.message().contains("[^"), "no raw regex");
    }

    @Test
    void requiredMissingWithoutNearMissNamesTheDataset() throws IOException {
        goodDataset();
        Files.delete(dir.resolve("derived/extras/README.txt"));
        Files.delete(dir.resolve("derived/extras"));
        List<Finding> f = check(HubmapSchemaMode.LATEST, new ArrayList<>());
        assertEquals(1, f.size(), f.toString());
        assertEquals("ds", f.get(0).file());
        assertTrue(f.get(0).message().contains("the derived extras folder: a folder derived/extras/ (empty or not)."), f.get(0).message());
        assertTrue(f.get(0).hint().startsWith("Add derived extras folder. Folder for general lab-specific files"), f.get(0).hint());
    }

    @Test
    void anyMinorAcceptsTheNewestPassingVersion() throws IOException {
        goodDataset();
        Files.move(dir.resolve("derived/segmentation_masks/mask.segmentations.ome.tiff"),
                dir.resolve("derived/segmentation_masks/mask.segmentations.ome.tif"));
        List<DirectoryOutcome> out = new ArrayList<>();
        assertEquals(List.of(), check(HubmapSchemaMode.ANY_MINOR, out));
        assertEquals("segmentation-mask-v2.5", out.get(0).match().schema().id());
        assertEquals("as segmentation-mask-v2.5, any-minor mode", out.get(0).versionNote());

        // without top-level extras/ only 2.0 and 2.1 accept (and 2.5's .tif is gone again there)
        Files.move(dir.resolve("derived/segmentation_masks/mask.segmentations.ome.tif"),
                dir.resolve("derived/segmentation_masks/mask.segmentations.ome.tiff"));
        Files.delete(dir.resolve("extras/README.txt"));
        Files.delete(dir.resolve("extras"));
        out.clear();
        assertEquals(List.of(), check(HubmapSchemaMode.ANY_MINOR, out));
        assertEquals("segmentation-mask-v2.1", out.get(0).match().schema().id());
        out.clear();
        List<Finding> latest = check(HubmapSchemaMode.LATEST, out);
        assertEquals(List.of("HUBMAP_REQUIRED_MISSING"), latest.stream().map(Finding::code).toList());
    }

    @Test
    void anyMinorReportsTheLatestWhenNothingPasses() throws IOException {
        goodDataset();
        touch("notes.txt");
        List<DirectoryOutcome> out = new ArrayList<>();
        List<Finding> f = check(HubmapSchemaMode.ANY_MINOR, out);
        assertEquals(1, f.size());
        assertEquals("segmentation-mask-v2.7", out.get(0).match().schema().id());
        assertTrue(f.get(0).message().contains("(as segmentation-mask-v2.7, the latest; no 2.x version accepts this dataset)"),
                f.get(0).message());
    }

    @Test
    void ignoreGlobsOnlyAffectNotAllowed() throws IOException {
        touch("derived/segmentation_masks/mask.segmentations.ome.tiff");
        DatasetListing listing = DatasetListing.of(dir);
        IgnoreGlobs all = new IgnoreGlobs(List.of("**"));
        SchemaMatch m = SchemaMatch.evaluate(SCHEMAS.latest(), listing.paths(), all);
        assertEquals(List.of(), m.notAllowed());
        assertEquals(3, m.missing().size(), "extras, derived/extras, objects");
        assertTrue(IgnoreGlobs.DEFAULT.ignores(".git/objects/ab"));
        assertFalse(IgnoreGlobs.DEFAULT.ignores("derived/.hidden"));
        assertTrue(new IgnoreGlobs(List.of("*.bak")).ignores("old.bak"));
        assertFalse(new IgnoreGlobs(List.of("*.bak")).ignores("derived/old.bak.txt"));
        assertTrue(IgnoreGlobs.DEFAULT.plusLiterals(List.of("seg[1]-metadata.tsv")).ignores("seg[1]-metadata.tsv"));
    }

    @Test
    void unreadablePartsAreReportedOnceAndStillListed() {
        DatasetListing listing = new DatasetListing(List.of("derived/extras/a", "derived/segmentation_masks/m.segmentations.ome.tiff",
                "derived/segmentation_masks/m-objects.tsv", "extras/"), List.of(new DatasetListing.Failure("extras", "permission denied")));
        DirectoryOutcome outcome = new DirectorySchemaCheck(SCHEMAS).evaluate(listing, "ds", HubmapSchemaMode.LATEST, IgnoreGlobs.DEFAULT);
        List<Finding> f = new ArrayList<>();
        new DirectoryUnreadable().check(outcome, f::add);
        new RequiredMissing().check(outcome, f::add);
        new NotAllowed().check(outcome, f::add);
        assertEquals(List.of("HUBMAP_DIRECTORY_UNREADABLE"), f.stream().map(Finding::code).toList());
        assertEquals("ds/extras", f.get(0).file());
        assertEquals("cannot list extras (permission denied); the directory check of this dataset is incomplete", f.get(0).message());
    }

    @Test
    void symbolicLinksAreListedNotFollowed() throws IOException {
        goodDataset();
        Path outside = elsewhere;
        Files.writeString(outside.resolve("big.bin"), "x");
        Files.createSymbolicLink(dir.resolve("extras/linked"), outside);
        DatasetListing listing = DatasetListing.of(dir);
        assertTrue(listing.paths().contains("extras/linked"), listing.paths().toString());
        assertFalse(listing.paths().contains("extras/linked/big.bin"));
    }
}

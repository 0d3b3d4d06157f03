package io.maskgate.findings;

import io.maskgate.rules.Category;
import io.maskgate.rules.Finding;
import io.maskgate.rules.Location;
import io.maskgate.rules.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FindingStoreTest {

    @TempDir
    Path temp;

    private static final String[] CODES = {"LABEL_SMALL_OBJECT", "LABEL_GAP", "ZARR_FILL_VALUE_RANGE"};
    private static final String[] FILES = {"", "zarr.json", "data/c/0/1/0/0/0", "data/c/0/10/0/0/0", "data/c/0/2/0/0/0",
            "data/c/0/02/0/0/0", "ünï/cødé 細胞.tsv"};
    private static final String[] MESSAGES = {"object of 3 px", "object of 3 px ", "", "tab\tand\nnewline",
            "µm² 細胞 \uD83D\uDE00"};
    private static final String[] HINTS = {"", "Crop the trench.", "Renumber the labels."};

    /** Random findings with few distinct values per field, so equal keys and exact duplicates are common. */
    @SuppressWarnings("EnumOrdinal") // picks random constants by index
    private static List<Finding> randomFindings(Random rnd, int n) {
        List<Finding> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            String message = rnd.nextInt(500) == 0 ? "long " + "x".repeat(70_000 + rnd.nextInt(70_000))
                    : MESSAGES[rnd.nextInt(MESSAGES.length)] + (rnd.nextBoolean() ? "" : " #" + rnd.nextInt(5));
            String hint = rnd.nextInt(20) == 0 ? "specific hint " + rnd.nextInt(10_000) : HINTS[rnd.nextInt(HINTS.length)];
            out.add(new Finding(CODES[rnd.nextInt(CODES.length)], Severity.values()[rnd.nextInt(3)],
                    Category.values()[rnd.nextInt(Category.values().length)], FILES[rnd.nextInt(FILES.length)],
                    randomLocation(rnd), message, hint));
        }
        return out;
    }

    private static Location randomLocation(Random rnd) {
        return switch (rnd.nextInt(8)) {
            case 0 -> Location.NONE;
            case 1 -> Location.pointer(rnd.nextBoolean() ? "" : "/attributes/trench_mapping/" + rnd.nextInt(3));
            case 2 -> Location.mask(small(rnd), rnd.nextBoolean() ? null : 50 + 250 * rnd.nextInt(17), small(rnd),
                    rnd.nextBoolean() ? null : rnd.nextInt(800), small(rnd));
            case 3 -> Location.cell(1 + rnd.nextInt(3), rnd.nextBoolean() ? null : 1 + rnd.nextInt(3));
            case 4 -> Location.pixel(small(rnd), small(rnd), rnd.nextBoolean() ? null : (long) rnd.nextInt(3) - 1,
                    rnd.nextBoolean() ? null : Long.MAX_VALUE - rnd.nextInt(2));
            case 5 -> Location.ifd(rnd.nextInt(3), rnd.nextBoolean() ? null : (long) rnd.nextInt(3), null);
            case 6 -> Location.pixel(small(rnd), small(rnd), (long) rnd.nextInt(3), (long) rnd.nextInt(3))
                    .withLabel(rnd.nextBoolean() ? 1L + rnd.nextInt(3) : 4_294_967_295L - rnd.nextInt(2),
                            new Location.Box(rnd.nextInt(2), rnd.nextInt(2), 2 + rnd.nextInt(2), 2 + rnd.nextInt(2)));
            default -> new Location("/p", Integer.MIN_VALUE, Integer.MAX_VALUE, -1, 0, 300L, Long.MIN_VALUE, 7,
                    -128, 128, Integer.MAX_VALUE, 1L << 40, -(1L << 40), new Location.Box(Long.MIN_VALUE, -1, 0, Long.MAX_VALUE));
        };
    }

    private static Integer small(Random rnd) {
        return rnd.nextInt(4) == 0 ? null : rnd.nextInt(3);
    }

    private static List<Finding> sortedInMemory(List<Finding> findings) {
        List<Finding> copy = new ArrayList<>(findings);
        copy.sort(DEFINITION);
        return copy;
    }

    private SpillSettings spillEvery(int n) {
        return SpillSettings.defaults().withMaxFindingsInMemory(n).withTempParent(temp);
    }

    @Test
    void spilledResultEqualsTheInMemorySortForRandomFindings() throws IOException {
        Random rnd = new Random(42);
        for (int round = 0; round < 40; round++) {
            int n = round == 0 ? 0 : rnd.nextInt(round < 30 ? 300 : 3_000);
            int threshold = 1 + rnd.nextInt(round % 2 == 0 ? 10 : 200);
            List<Finding> findings = randomFindings(rnd, n);
            List<Finding> expected = sortedInMemory(findings);
            try (FindingStore store = new FindingStore(spillEvery(threshold))) {
                findings.forEach(store::add);
                try (FindingList list = store.finish()) {
                    String what = "round " + round + ": " + n + " findings, spill every " + threshold;
                    assertEquals(n > threshold, list.spilled(), what);
                    assertEquals(expected.size(), list.size(), what);
                    assertEquals(expected, new ArrayList<>(list), what + " (iteration)");
                    for (int k = 0; k < Math.min(n, 50); k++) { // random access, forwards and backwards
                        int i = rnd.nextInt(n);
                        assertEquals(expected.get(i), list.get(i), what + " get(" + i + ")");
                    }
                    for (int i = 0; i < n; i++) {
                        assertEquals(expected.get(i), list.get(i), what + " ascending get(" + i + ")");
                    }
                }
            }
            assertEmpty(temp);
        }
    }

    /** The total order as composed from {@link Finding#ORDER}, the definition {@link TotalOrder} writes out. */
    private static final java.util.Comparator<Finding> DEFINITION = Finding.ORDER
            .thenComparing(f -> f.location().epoch(), java.util.Comparator.nullsFirst(java.util.Comparator.<Integer>naturalOrder()))
            .thenComparing(Finding::severity)
            .thenComparing(Finding::category)
            .thenComparing(Finding::hint);

    @Test
    void handWrittenOrderAgreesWithTheComposedDefinition() {
        List<Finding> findings = randomFindings(new Random(11), 3_000);
        Random rnd = new Random(12);
        for (int k = 0; k < 200_000; k++) {
            Finding a = findings.get(rnd.nextInt(findings.size()));
            Finding b = rnd.nextInt(10) == 0 ? copy(a) : findings.get(rnd.nextInt(findings.size()));
            assertEquals(Integer.signum(DEFINITION.compare(a, b)), Integer.signum(FindingStore.ORDER.compare(a, b)),
                    brief(a) + " vs " + brief(b));
        }
    }

    private static Finding copy(Finding f) {
        Location l = f.location();
        return new Finding(new String(f.code()), f.severity(), f.category(), new String(f.file()),
                new Location(l.pointer() == null ? null : new String(l.pointer()), l.hypothesis(), l.epoch(), l.trench(),
                        l.time(), l.label(), l.row(), l.column(), l.channel(), l.plane(), l.ifd(), l.x(), l.y(),
                        l.box() == null ? null : new Location.Box(l.box().xMin(), l.box().yMin(), l.box().xMax(), l.box().yMax())),
                new String(f.message()), new String(f.hint()));
    }

    @Test
    void spilledFindingsComeInNumericOrderOfFilesAndPointers() {
        List<Finding> findings = new ArrayList<>();
        for (int t : new int[] {12, 3, 100, 0, 21}) {
            findings.add(new Finding("LABEL_GAP", Severity.ERROR, Category.LABELS, "data/c/0/" + t + "/0/0/0",
                    Location.mask(0, null, t, 7, 1), "gap", ""));
            findings.add(new Finding("STORE_X", Severity.ERROR, Category.STORE_METADATA, "zarr.json",
                    Location.pointer("/attributes/trench_mapping/" + t + "/x_left"), "x", ""));
        }
        try (FindingStore store = new FindingStore(spillEvery(2))) {
            findings.forEach(store::add);
            try (FindingList list = store.finish()) {
                assertTrue(list.spilled());
                List<String> order = list.stream()
                        .map(f -> f.file().equals("zarr.json") ? f.location().pointer() : f.file()).toList();
                assertEquals(List.of("data/c/0/0/0/0/0", "data/c/0/3/0/0/0", "data/c/0/12/0/0/0", "data/c/0/21/0/0/0",
                        "data/c/0/100/0/0/0", "/attributes/trench_mapping/0/x_left", "/attributes/trench_mapping/3/x_left",
                        "/attributes/trench_mapping/12/x_left", "/attributes/trench_mapping/21/x_left",
                        "/attributes/trench_mapping/100/x_left"), order);
            }
        }
    }

    @Test
    void sameResultAsWithoutSpillingAndManyRunsMergeInSeveralPasses() {
        List<Finding> findings = randomFindings(new Random(7), 20_000);
        List<Finding> inMemory;
        try (FindingStore store = new FindingStore(SpillSettings.defaults().withTempParent(temp))) {
            findings.forEach(store::add);
            FindingList list = store.finish();
            assertFalse(list.spilled());
            assertNull(store.temporaryFolder(), "nothing spilled, no folder");
            inMemory = List.copyOf(list);
        }
        // 20,000 / 10 = 2,000 runs: more than the merge fan-in, so runs are merged in passes first.
        try (FindingStore store = new FindingStore(spillEvery(10))) {
            findings.forEach(store::add);
            try (FindingList list = store.finish()) {
                assertTrue(list.spilled());
                assertEquals(inMemory, list);
                assertEquals(inMemory.hashCode(), list.hashCode());
                try (Stream<Path> files = Files.list(store.temporaryFolder())) {
                    assertEquals(1, files.count(), "the runs are deleted once merged: one indexed file is left");
                } catch (IOException e) {
                    throw new AssertionError(e);
                }
            }
        }
        assertEmpty(temp);
    }

    @Test
    void concurrentAddersGetTheSameSortedResult() throws Exception {
        List<Finding> findings = randomFindings(new Random(3), 40_000);
        List<Finding> expected = sortedInMemory(findings);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try (FindingStore store = new FindingStore(spillEvery(500))) {
            List<Future<?>> futures = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                List<Finding> part = findings.subList(t * 10_000, (t + 1) * 10_000);
                futures.add(pool.submit(() -> part.forEach(store::add)));
            }
            for (Future<?> f : futures) {
                f.get();
            }
            assertEquals(40_000, store.count());
            try (FindingList list = store.finish()) {
                assertEquals(expected.size(), list.size());
                for (int i = 0; i < expected.size(); i++) {
                    if (!expected.get(i).equals(list.get(i))) {
                        throw new AssertionError("at " + i + ": " + brief(expected.get(i)) + " vs " + brief(list.get(i)));
                    }
                }
            }
        } finally {
            pool.shutdownNow();
        }
        assertEmpty(temp);
    }

    @Test
    void summaryCountsAsFindingsArrive() {
        List<Finding> findings = randomFindings(new Random(5), 1_000);
        try (FindingStore store = new FindingStore(spillEvery(10))) {
            findings.forEach(store::add);
            assertEquals(Summary.of(findings), store.summary());
        }
        assertEmpty(temp);
    }

    @Test
    void closingWithoutFinishingDeletesTheRuns() {
        FindingStore store = new FindingStore(spillEvery(10));
        randomFindings(new Random(1), 100).forEach(store::add);
        assertNotNull(store.temporaryFolder());
        store.close();
        assertEmpty(temp);
        assertThrows(IllegalStateException.class, () -> store.add(randomFindings(new Random(1), 1).get(0)));
    }

    @Test
    void aClosedListCannotBeReadAndClosingTwiceIsHarmless() {
        FindingList list;
        try (FindingStore store = new FindingStore(spillEvery(10))) {
            randomFindings(new Random(2), 100).forEach(store::add);
            list = store.finish();
        }
        assertEquals(100, list.size(), "closing the store after finish leaves the result alone");
        Iterator<io.maskgate.rules.Finding> it = list.iterator();
        list.close();
        list.close();
        assertEmpty(temp);
        assertThrows(IllegalStateException.class, it::next);
        assertThrows(IllegalStateException.class, () -> list.get(5));
    }

    @Test
    void finishIsOnceAndAddAfterFinishFails() {
        try (FindingStore store = new FindingStore(spillEvery(10))) {
            store.add(randomFindings(new Random(4), 1).get(0));
            store.finish().close();
            assertThrows(IllegalStateException.class, store::finish);
            assertThrows(IllegalStateException.class, () -> store.add(randomFindings(new Random(4), 1).get(0)));
        }
    }

    @Test
    void manyDistinctHintsOverflowTheDictionaryAndAreWrittenInline() {
        List<Finding> findings = new ArrayList<>();
        for (int i = 0; i < StringTable.MAX_ENTRIES + 500; i++) {
            findings.add(new Finding("LABEL_GAP", Severity.WARNING, Category.LABELS, "f", Location.NONE, "m",
                    "hint " + i));
        }
        try (FindingStore store = new FindingStore(spillEvery(100))) {
            findings.forEach(store::add);
            try (FindingList list = store.finish()) {
                assertTrue(list.spilled());
                assertEquals(sortedInMemory(findings), list);
            }
        }
        assertEmpty(temp);
    }

    private static String brief(Finding f) {
        return new Finding(f.code(), f.severity(), f.category(), f.file(), f.location(),
                f.message().length() > 100 ? f.message().substring(0, 100) : f.message(), f.hint()).toString();
    }

    private static void assertEmpty(Path dir) {
        try (Stream<Path> s = Files.list(dir)) {
            assertEquals(List.of(), s.toList(), "temporary files left behind");
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}

package io.maskgate.objects;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The Object ID record of a table finds the same repeats, at the same rows, as a map from ID to first row. */
class ObjectIdsTest {

    /** What a map from ID to first row reports, row by row: "row id firstRow". */
    private static List<String> modelDuplicates(long[] ids, long[] rows) {
        Map<Long, Long> first = new HashMap<>();
        List<String> out = new ArrayList<>();
        for (int i = 0; i < ids.length; i++) {
            Long f = first.putIfAbsent(ids[i], rows[i]);
            if (f != null) {
                out.add(rows[i] + " " + ids[i] + " " + f);
            }
        }
        return out;
    }

    private static List<String> duplicates(ObjectIds ids) {
        List<String> out = new ArrayList<>();
        ids.finish((row, id, firstRow) -> out.add(row + " " + id + " " + firstRow));
        return out;
    }

    /** Rows from 11 up, with a blank row now and then, as a table's data rows are numbered. */
    private static long[] rows(int n, Random random) {
        long[] rows = new long[n];
        long r = 11;
        for (int i = 0; i < n; i++) {
            r += random.nextInt(20) == 0 ? 2 : 1;
            rows[i] = r;
        }
        return rows;
    }

    private static void assertSameAsModel(long[] ids, long[] rows, long[] probes) {
        ObjectIds record = new ObjectIds();
        for (int i = 0; i < ids.length; i++) {
            record.add(ids[i], rows[i]);
        }
        assertEquals(ids.length, record.rows());
        assertEquals(modelDuplicates(ids, rows), duplicates(record));
        Set<Long> distinct = new HashSet<>();
        for (long id : ids) {
            distinct.add(id);
        }
        assertEquals(distinct.size(), record.size());
        for (long id : ids) {
            assertTrue(record.contains(id), "contains " + id);
        }
        for (long p : probes) {
            assertEquals(distinct.contains(p), record.contains(p), "contains " + p);
        }
    }

    @Test
    void ascendingIdsHaveNoRepeatsAndFormTheSet() {
        Random random = new Random(1);
        int n = 200_000; // several blocks
        long[] ids = new long[n];
        for (int i = 0; i < n; i++) {
            ids[i] = i + 1L;
        }
        assertSameAsModel(ids, rows(n, random), new long[] {0, -5, n, n + 1, n + 64, Long.MAX_VALUE, Long.MIN_VALUE});
    }

    @Test
    void repeatsInShuffledDenseIdsAreReportedInRowOrderWithTheirFirstRow() {
        Random random = new Random(2);
        int n = 150_000;
        long[] ids = new long[n];
        for (int i = 0; i < n; i++) {
            ids[i] = 1L + random.nextInt(n); // about a third repeat, some three times or more
        }
        assertSameAsModel(ids, rows(n, random), new long[] {0, n + 1, 77, 1234});
    }

    @Test
    void sparseIdsAreKeptSortedAndFoundByValue() {
        Random random = new Random(3);
        int n = 50_000;
        long[] ids = new long[n];
        for (int i = 0; i < n; i++) {
            ids[i] = 1 + (random.nextLong() >>> 2);
        }
        ids[n - 1] = ids[17]; // one repeat among huge IDs
        long[] probes = new long[100];
        for (int i = 0; i < probes.length; i++) {
            probes[i] = ids[i * 3] + 1;
        }
        assertSameAsModel(ids, rows(n, random), probes);
    }

    @Test
    void ascendingButSparseIdsAreFoundByValue() {
        long[] ids = {5, 1_000_000, 2_000_000_000_000L, Long.MAX_VALUE};
        assertSameAsModel(ids, new long[] {11, 12, 13, 14}, new long[] {6, 999_999, Long.MAX_VALUE - 1});
    }

    @Test
    void anEmptyTableHasNoIds() {
        ObjectIds ids = new ObjectIds();
        assertEquals(List.of(), duplicates(ids));
        assertEquals(0, ids.size());
        assertFalse(ids.contains(1));
    }

    @Test
    void theSetIsAskedForOnlyAfterTheRepeatsAreReported() {
        ObjectIds ids = new ObjectIds();
        ids.add(3, 11);
        assertThrows(IllegalStateException.class, () -> ids.contains(3));
        assertThrows(IllegalArgumentException.class, () -> ids.add(0, 12));
        ids.finish((row, id, first) -> { });
        assertThrows(IllegalStateException.class, () -> ids.add(4, 12));
        assertTrue(ids.contains(3));
    }
}

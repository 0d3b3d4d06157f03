package io.maskgate.findings;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Dictionary of the strings that repeat across findings (rule codes, rule hints): a record stores a small id instead
 * of the text. Bounded: once {@link #MAX_ENTRIES} strings are known, new ones are written inline.
 *
 * <p>Single writer: only the thread that encodes (one spill at a time, then the final merge) adds entries.
 * Readers of the finished list use a {@link #snapshot()}.
 */
final class StringTable {

    /** Enough for every code and default hint of the catalogue many times over; bounds the heap it takes. */
    static final int MAX_ENTRIES = 4096;

    private final Map<String, Integer> ids = new HashMap<>();
    private final List<String> strings = new ArrayList<>();

    /** The id (1-based) of {@code s}, adding it when there is room; 0 when it must be written inline. */
    int idOf(String s) {
        Integer id = ids.get(s);
        if (id != null) {
            return id;
        }
        if (strings.size() >= MAX_ENTRIES) {
            return 0;
        }
        strings.add(s);
        int added = strings.size();
        ids.put(s, added);
        return added;
    }

    /** The string of a 1-based id. */
    String get(int id) {
        return strings.get(id - 1);
    }

    /** The strings by id - 1, for readers on other threads. */
    String[] snapshot() {
        return strings.toArray(new String[0]);
    }

    static String lookup(String[] snapshot, int id) {
        if (id < 1 || id > snapshot.length) {
            throw new IllegalStateException("corrupt finding file: string id " + id + " of " + snapshot.length);
        }
        return snapshot[id - 1];
    }

    @Override
    public String toString() {
        return Arrays.toString(snapshot());
    }
}

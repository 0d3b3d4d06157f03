package io.maskgate.findings;

import io.maskgate.rules.Finding;

import java.util.Collections;
import java.util.SortedMap;
import java.util.TreeMap;

/** Counts of findings per severity and per code. */
public record Summary(long errors, long warnings, long infos, SortedMap<String, Long> byCode) {

    public Summary {
        byCode = Collections.unmodifiableSortedMap(new TreeMap<>(byCode));
    }

    public static Summary of(Iterable<Finding> findings) {
        long e = 0;
        long w = 0;
        long i = 0;
        TreeMap<String, Long> byCode = new TreeMap<>();
        for (Finding f : findings) {
            switch (f.severity()) {
                case ERROR -> e++;
                case WARNING -> w++;
                case INFO -> i++;
            }
            byCode.merge(f.code(), 1L, Long::sum);
        }
        return new Summary(e, w, i, byCode);
    }

    public long total() {
        return errors + warnings + infos;
    }
}

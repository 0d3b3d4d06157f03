package io.maskgate.ometiff;

import io.maskgate.rules.FindingSink;
import io.maskgate.rules.Location;
import io.maskgate.rules.Rule;
import io.maskgate.rules.RuleMeta;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Collects problems that share a root cause within one file (a truncated file breaks every later
 * tile) and reports each rule once: the first occurrence with its real cause, plus how many more.
 */
final class OnceReporter {

    private record First(Location location, String message, int[] more) {
    }

    private final Map<Class<? extends Rule>, First> firsts = new LinkedHashMap<>();

    void add(Class<? extends Rule> rule, Location location, String message) {
        First f = firsts.get(rule);
        if (f == null) {
            firsts.put(rule, new First(location, message, new int[1]));
        } else {
            f.more[0]++;
        }
    }

    boolean has(Class<? extends Rule> rule) {
        return firsts.containsKey(rule);
    }

    void flush(String file, FindingSink sink) {
        for (Map.Entry<Class<? extends Rule>, First> e : firsts.entrySet()) {
            First f = e.getValue();
            String more = f.more[0] == 0 ? "" : " (and " + f.more[0] + " more problem" + (f.more[0] == 1 ? "" : "s")
                    + " of this kind in this file)";
            sink.accept(RuleMeta.of(e.getKey()).finding(file, f.location, f.message + more));
        }
        firsts.clear();
    }
}

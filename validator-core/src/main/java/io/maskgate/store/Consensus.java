package io.maskgate.store;

import io.maskgate.rules.FindingSink;
import io.maskgate.rules.Location;
import io.maskgate.rules.Rule;

import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;

/**
 * Agreement between the places that state one quantity (attribute, array shape, mapping length).
 * When a strict majority agrees, only the odd ones out are reported, at their own location, so a
 * single wrong attribute yields one finding instead of a finding at every place that disagrees
 * with it. Without a majority one finding lists every statement, at the first (primary) witness.
 */
final class Consensus {

    private final List<Witness> known;
    private final Long agreed;
    private final List<Witness> dissenters;
    private final boolean ambiguous;

    private Consensus(List<Witness> known, Long agreed, List<Witness> dissenters, boolean ambiguous) {
        this.known = known;
        this.agreed = agreed;
        this.dissenters = dissenters;
        this.ambiguous = ambiguous;
    }

    /** Witnesses in priority order: the first known one is blamed when there is no majority. */
    static Consensus of(Witness... witnesses) {
        List<Witness> known = new ArrayList<>();
        for (Witness w : witnesses) {
            if (w != null && w.value() != null) {
                known.add(w);
            }
        }
        if (known.isEmpty()) {
            return new Consensus(known, null, List.of(), false);
        }
        if (known.size() == 1) {
            return new Consensus(known, known.get(0).value(), List.of(), false);
        }
        Long best = null;
        int bestCount = 0;
        boolean tie = false;
        for (Witness w : known) {
            int count = 0;
            for (Witness o : known) {
                if (o.value().equals(w.value())) {
                    count++;
                }
            }
            if (count > bestCount) {
                best = w.value();
                bestCount = count;
                tie = false;
            } else if (count == bestCount && !w.value().equals(best)) {
                tie = true;
            }
        }
        if (bestCount == known.size()) {
            return new Consensus(known, best, List.of(), false);
        }
        if (tie || bestCount < 2) {
            return new Consensus(known, null, List.of(), true);
        }
        List<Witness> odd = new ArrayList<>();
        for (Witness w : known) {
            if (!w.value().equals(best)) {
                odd.add(w);
            }
        }
        return new Consensus(known, best, odd, false);
    }

    /** The agreed value; null when nothing states it or the statements disagree without a majority. */
    Long agreed() {
        return agreed;
    }

    boolean isDissenter(Witness w) {
        return dissenters.contains(w);
    }

    /** Reports the disagreement, if any, as findings of {@code rule} about {@code quantity}. */
    void report(Rule rule, String quantity, FindingSink sink) {
        if (ambiguous) {
            Witness primary = known.get(0);
            StringJoiner all = new StringJoiner(", ");
            for (Witness w : known) {
                all.add(w.label() + " = " + w.value());
            }
            sink.accept(rule.finding(primary.file(), Location.pointer(primary.pointer()),
                    "The " + quantity + " is stated inconsistently: " + all + "."));
            return;
        }
        for (Witness w : dissenters) {
            StringJoiner others = new StringJoiner(" and ");
            for (Witness o : known) {
                if (o.value().equals(agreed)) {
                    others.add(o.label());
                }
            }
            sink.accept(rule.finding(w.file(), Location.pointer(w.pointer()),
                    "The " + quantity + " is " + agreed + " according to " + others + ", but " + w.label()
                            + " is " + w.value() + "."));
        }
    }
}

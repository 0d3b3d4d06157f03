package io.maskgate.findings;

import io.maskgate.rules.Finding;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.List;
import java.util.RandomAccess;

/**
 * The findings of a report: immutable, in report order ({@link Finding#ORDER}), and possibly held in a temporary
 * file rather than in memory (a store with systematic problems yields tens of millions of findings). Iterate it
 * (writers do, sequentially and cheaply); {@link #get(int)} works but is meant for tests and a few look-ups.
 * {@link #close()} releases what it holds; after that a file-backed list cannot be read.
 */
public abstract class FindingList extends AbstractList<Finding> implements AutoCloseable {

    private static final FindingList EMPTY = new InMemory(new Finding[0]);

    /** An in-memory list of {@code findings}, which must already be in report order; the list is copied. */
    public static FindingList of(List<Finding> findings) {
        if (findings instanceof FindingList list) {
            return list;
        }
        return findings.isEmpty() ? EMPTY : new InMemory(findings.toArray(new Finding[0]));
    }

    /** Adopts {@code sorted} without copying it; the caller must not change the array afterwards. */
    public static FindingList adopt(Finding[] sorted) {
        return sorted.length == 0 ? EMPTY : new InMemory(sorted);
    }

    /** True when the findings live in a temporary file (they did not fit the in-memory budget). */
    public boolean spilled() {
        return false;
    }

    /** Releases the temporary file, if any; idempotent. */
    @Override
    public void close() {
    }

    private static final class InMemory extends FindingList implements RandomAccess {
        private final Finding[] findings;

        InMemory(Finding[] findings) {
            this.findings = findings;
            for (Finding f : findings) {
                if (f == null) {
                    throw new NullPointerException("null finding");
                }
            }
        }

        @Override
        public Finding get(int index) {
            return findings[index];
        }

        @Override
        public int size() {
            return findings.length;
        }

        @Override
        public Object[] toArray() {
            return Arrays.copyOf(findings, findings.length, Object[].class);
        }
    }
}

package io.maskgate.fuzz;

import io.maskgate.rules.Finding;
import io.maskgate.rules.FindingSink;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Collects the findings of one fuzz input and checks what every finding must carry. */
final class Findings implements FindingSink {

    private final List<Finding> all = new ArrayList<>();

    @Override
    public void accept(Finding finding) {
        all.add(finding);
    }

    List<Finding> all() {
        return all;
    }

    boolean isEmpty() {
        return all.isEmpty();
    }

    /** Every finding has a rule code, a message, and names {@code file} or a file inside it. */
    void assertAllAbout(String file) {
        assertAllAbout(List.of(file));
    }

    /** Every finding has a rule code, a message, and names one of {@code files} or a file inside one. */
    void assertAllAbout(List<String> files) {
        for (Finding f : all) {
            assertFalse(f.code().isBlank(), () -> "finding without a code: " + f);
            assertFalse(f.message().isBlank(), () -> "finding without a message: " + f);
            assertTrue(files.stream().anyMatch(file -> f.file().equals(file) || f.file().startsWith(file + "/")),
                    () -> "finding about another file than " + files + ": " + f);
        }
    }
}

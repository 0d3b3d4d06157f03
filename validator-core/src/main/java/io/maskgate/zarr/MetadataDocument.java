package io.maskgate.zarr;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.maskgate.rules.Finding;
import io.maskgate.rules.FindingSink;
import io.maskgate.rules.Location;
import io.maskgate.rules.Rule;
import io.maskgate.rules.RuleMeta;
import io.maskgate.rules.Severity;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * One parsed {@code zarr.json} under validation and where its findings go.
 *
 * <p>The JSON Schema layer owns the document's skeleton (required members, member types,
 * extension-object form) and reports first; code owns values and relations. Code never looks at a
 * value the schema has already flagged ({@link #usable}), and as a safety net {@link #report}
 * drops any code finding at or below a flagged pointer, so one violation gives one finding.
 */
final class MetadataDocument {

    private final ObjectNode root;
    private final String file;
    private final FindingSink sink;
    private final List<String> schemaFlagged = new ArrayList<>();
    /** Pointers of every ERROR finding emitted, to decide whether the model is usable. */
    private final List<String> errorPointers = new ArrayList<>();

    MetadataDocument(ObjectNode root, String file, FindingSink sink) {
        this.root = root;
        this.file = file;
        this.sink = sink;
    }

    ObjectNode root() {
        return root;
    }

    String file() {
        return file;
    }

    /** A finding of the schema layer; everything at or below {@code pointer} is then off limits to code. */
    void schemaFinding(Class<? extends Rule> rule, String pointer, String message) {
        schemaFlagged.add(pointer);
        emit(RuleMeta.of(rule), pointer, message, null);
    }

    /** Reports a code finding unless the schema layer already reported this value or one containing it. */
    void report(Class<? extends Rule> rule, String pointer, String message) {
        report(rule, pointer, message, null);
    }

    void report(Class<? extends Rule> rule, String pointer, String message, String hint) {
        if (usable(pointer)) {
            emit(RuleMeta.of(rule), pointer, message, hint);
        }
    }

    private void emit(RuleMeta meta, String pointer, String message, String hint) {
        Finding f = meta.finding(file, Location.pointer(pointer), message, hint);
        if (f.severity() == Severity.ERROR) {
            errorPointers.add(pointer);
        }
        sink.accept(f);
    }

    /** False when the schema layer reported {@code pointer} or a value containing it. */
    boolean usable(String pointer) {
        for (String flagged : schemaFlagged) {
            if (JsonPointers.isAtOrUnder(pointer, flagged)) {
                return false;
            }
        }
        return true;
    }

    /** Number of ERROR findings so far (schema and code). */
    int errorCount() {
        return errorPointers.size();
    }

    /** True if an ERROR was reported at or below {@code pointer}. */
    boolean hasErrorsUnder(String pointer) {
        for (String p : errorPointers) {
            if (JsonPointers.isAtOrUnder(p, pointer)) {
                return true;
            }
        }
        return false;
    }

    /** True if an ERROR was reported on the document itself or on one of the {@code blocking} top-level members. */
    boolean hasBlockingErrors(Set<String> blocking) {
        for (String p : errorPointers) {
            if (p.isEmpty() || blocking.contains(JsonPointers.topMember(p))) {
                return true;
            }
        }
        return false;
    }

    /** The top-level member {@code name}, or null when absent or already reported by the schema. */
    JsonNode member(String name) {
        JsonNode node = root.get(name);
        return node != null && usable(JsonPointers.child("", name)) ? node : null;
    }
}

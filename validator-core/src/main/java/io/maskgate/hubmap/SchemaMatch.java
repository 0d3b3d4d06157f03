package io.maskgate.hubmap;

import java.util.ArrayList;
import java.util.List;

/**
 * The result of checking one listing against one schema version, with HuBMAP's semantics: every
 * path must full-match some entry unless ignored ("Not allowed"), and every required entry must
 * full-match some path, ignored paths included ("Required but missing").
 */
public record SchemaMatch(DirectorySchema schema, List<String> notAllowed, List<SchemaEntry> missing) {

    public SchemaMatch {
        notAllowed = List.copyOf(notAllowed);
        missing = List.copyOf(missing);
    }

    public boolean passes() {
        return notAllowed.isEmpty() && missing.isEmpty();
    }

    public static SchemaMatch evaluate(DirectorySchema schema, List<String> paths, IgnoreGlobs ignore) {
        List<SchemaEntry> entries = schema.entries();
        boolean[] satisfied = new boolean[entries.size()];
        List<String> notAllowed = new ArrayList<>();
        for (String path : paths) {
            boolean allowed = false;
            for (int i = 0; i < entries.size(); i++) {
                // every entry is tried (not just until the first match) so that required entries are marked
                if (entries.get(i).matches(path)) {
                    allowed = true;
                    satisfied[i] = true;
                }
            }
            if (!allowed && !ignore.ignores(path)) {
                notAllowed.add(path);
            }
        }
        List<SchemaEntry> missing = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            if (entries.get(i).required() && !satisfied[i]) {
                missing.add(entries.get(i));
            }
        }
        return new SchemaMatch(schema, notAllowed, missing);
    }
}

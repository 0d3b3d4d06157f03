package io.maskgate.hubmap;

import java.util.List;

/**
 * One version of a HuBMAP directory schema.
 *
 * @param name e.g. {@code segmentation-mask}
 */
public record DirectorySchema(String name, SchemaVersion version, boolean draft, boolean deprecated,
                              List<SchemaEntry> entries) {

    public DirectorySchema {
        entries = List.copyOf(entries);
    }

    /** The name HuBMAP reports, e.g. {@code segmentation-mask-v2.7}. */
    public String id() {
        return name + "-v" + version;
    }

    /** Top-level folders the schema allows anything in (for "only extras/ and derived/ may be here"). */
    public List<String> topLevelFolders() {
        return entries.stream().map(SchemaEntry::shape)
                .filter(s -> s instanceof PatternShape.Folder f && !f.dir().contains("/"))
                .map(s -> ((PatternShape.Folder) s).dir() + "/").distinct().toList();
    }
}

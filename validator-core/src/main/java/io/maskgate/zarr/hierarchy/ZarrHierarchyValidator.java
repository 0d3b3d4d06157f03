package io.maskgate.zarr.hierarchy;

import io.maskgate.report.StatTable;
import io.maskgate.rules.Location;
import io.maskgate.rules.RuleMeta;
import io.maskgate.storage.KeyVisitor;
import io.maskgate.storage.Storage;
import io.maskgate.validation.ValidationContext;
import io.maskgate.zarr.MetadataMissingRule;
import io.maskgate.zarr.ZarrArrayMetadata;
import io.maskgate.zarr.ZarrMetadataReader;
import io.maskgate.zarr.ZarrNodeMetadata;
import io.maskgate.zarr.chunk.StrayFileScanner;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Plain Zarr v3 validation of an array or a group at any depth: finds every {@code zarr.json} under the target
 * through its {@link Storage}'s listing (without one, as over plain HTTP, only the target's own), checks every node's metadata, then decodes every stored chunk of every array
 * ({@link ArrayChunkScan}) and reports per array what was decoded, absent (fill value) and failed.
 */
public final class ZarrHierarchyValidator {

    /** The report's target kind for a hierarchy checked this way. */
    public static final String KIND = "zarr";
    /** Name of the per-array statistics table. */
    public static final String STATS_TABLE = "zarrArrays";

    private static final String METADATA = "zarr.json";

    /** Validates the node at the root of {@code storage} and every node below it. */
    public void validate(Storage storage, ValidationContext context) {
        Walk walk = walk(storage);
        ZarrMetadataReader reader = new ZarrMetadataReader(context.options().maxDocumentBytes());
        Map<String, ZarrArrayMetadata> arrays = new TreeMap<>();
        NavigableSet<String> groups = new TreeSet<>();
        Set<String> missing = new HashSet<>();
        int unusable = 0;
        int nested = 0;
        for (String node : walk.nodes()) {
            Optional<String> array = enclosingArray(node, arrays);
            if (array.isPresent()) {
                nested++;
                context.accept(StrayFileScanner.strayFinding(file(node), "a zarr.json inside the array '" + array.get()
                        + "': an array has no child nodes, so readers ignore this one"));
                continue;
            }
            reportMissingParents(node, walk.nodes(), missing, context);
            Optional<ZarrNodeMetadata> read = reader.readNode(storage, file(node), file(node), context);
            if (read.isEmpty()) {
                unusable++;
            } else if (read.get().isArray()) {
                arrays.put(node, read.get().array());
            } else {
                groups.add(node);
            }
        }
        context.checked("Zarr nodes", walk.nodes().size() - nested, groups.size() + " groups, " + arrays.size()
                + " arrays" + (unusable == 0 ? "" : ", " + unusable + " without usable metadata (see their findings)"));
        if (walk.unlistable().isPresent() && groups.contains("")) {
            // Zarr v3 groups do not name their children: without a listing they cannot be found.
            context.checked("child nodes", 0, "skipped: " + walk.unlistable().get() + "; only the group's own zarr.json"
                    + " was checked, as a Zarr v3 group does not name its children");
        }
        if (!walk.unlisted().isEmpty()) {
            context.checked("folders that could not be listed", walk.unlisted().size(), String.join(", ", walk.unlisted()));
        }
        if (context.options().metadataOnly()) {
            context.checked("chunks", 0, "not decoded: --metadata-only");
            return;
        }
        scanChunks(storage, arrays, context);
    }

    private static void scanChunks(Storage storage, Map<String, ZarrArrayMetadata> arrays, ValidationContext context) {
        long total = 0;
        for (ZarrArrayMetadata m : arrays.values()) {
            total = saturatedAdd(total, ArrayChunkScan.gridChunks(m));
        }
        int threads = context.options().threads();
        ExecutorService pool = Executors.newFixedThreadPool(threads, daemonThreads());
        List<ArrayStats> all = new ArrayList<>(arrays.size());
        context.progress().begin("Zarr chunks", total);
        try {
            ArrayChunkScan scan = new ArrayChunkScan(pool, threads, context, context.progress());
            for (Map.Entry<String, ZarrArrayMetadata> a : arrays.entrySet()) {
                Storage folder = a.getKey().isEmpty() ? storage : storage.at(a.getKey());
                ArrayStats s = scan.scan(folder, a.getKey(), a.getValue());
                if (s.note().startsWith("not decoded") && s.chunks() != Long.MAX_VALUE) {
                    context.progress().advance(s.chunks());
                }
                all.add(s);
            }
        } finally {
            context.progress().end();
            pool.shutdownNow();
        }
        report(all, context);
    }

    private static void report(List<ArrayStats> all, ValidationContext context) {
        long decoded = 0;
        long absent = 0;
        long failed = 0;
        long notDecoded = 0;
        List<List<Object>> rows = new ArrayList<>(all.size());
        for (ArrayStats s : all) {
            decoded += s.decoded();
            absent = saturatedAdd(absent, s.absent());
            failed += s.failed();
            notDecoded += s.note().startsWith("not decoded") ? 1 : 0;
            rows.add(s.row());
            context.checked("chunks of " + (s.path().isEmpty() ? "the array" : "array " + s.path()), s.decoded(), s.describe());
        }
        context.checked("chunks decoded", decoded, "in " + all.size() + " arrays"
                + (notDecoded == 0 ? "" : "; " + notDecoded + " arrays not decoded (see their lines)"));
        context.checked("chunks absent", absent, "no stored key: read as the fill value");
        context.checked("chunks failed", failed, "stored but not decodable (see their findings)");
        context.statistics(new StatTable(STATS_TABLE, "Chunks of each Zarr array: decoded, absent (fill value), failed",
                ArrayStats.COLUMNS, rows));
    }

    /** The array a node lies in, if any (arrays have no children). */
    private static Optional<String> enclosingArray(String node, Map<String, ZarrArrayMetadata> arrays) {
        for (String a = parent(node); a != null; a = parent(a)) {
            if (arrays.containsKey(a)) {
                return Optional.of(a);
            }
        }
        return Optional.empty();
    }

    /** Folders between a node and the target without a zarr.json (Zarr v3 has no implicit groups), each once. */
    private static void reportMissingParents(String node, NavigableSet<String> nodes, Set<String> reported,
                                             ValidationContext context) {
        String p = parent(node);
        if (p == null || p.isEmpty() || nodes.contains(p) || !reported.add(p)) {
            return;
        }
        context.accept(RuleMeta.of(MetadataMissingRule.class).finding(file(p), Location.NONE, "the folder '" + p
                + "' holds the node '" + node + "' but has no zarr.json: Zarr v3 has no implicit groups, so every"
                + " folder on the way to a node must be a group"));
        reportMissingParents(p, nodes, reported, context);
    }

    /** The key of a node's zarr.json. */
    private static String file(String node) {
        return node.isEmpty() ? METADATA : node + "/" + METADATA;
    }

    /** The parent node path; null for the target itself. */
    private static String parent(String node) {
        if (node.isEmpty()) {
            return null;
        }
        int slash = node.lastIndexOf('/');
        return slash < 0 ? "" : node.substring(0, slash);
    }

    private static long saturatedAdd(long a, long b) {
        long s = a + b;
        return s < 0 ? Long.MAX_VALUE : s;
    }

    /**
     * Every node folder (the target always counts as one), the folders that could not be listed, and why the
     * storage has no listing at all (then only the target itself is known).
     */
    record Walk(NavigableSet<String> nodes, List<String> unlisted, Optional<String> unlistable) {
    }

    private static Walk walk(Storage storage) {
        NavigableSet<String> nodes = new TreeSet<>();
        nodes.add("");
        List<String> unlisted = new ArrayList<>();
        Optional<String> unlistable = storage.listingUnavailable();
        if (unlistable.isPresent()) {
            return new Walk(nodes, unlisted, unlistable);
        }
        try {
            storage.list("", new KeyVisitor() {
                @Override
                public void key(String key) {
                    if (key.equals(METADATA)) {
                        nodes.add("");
                    } else if (key.endsWith("/" + METADATA)) {
                        nodes.add(key.substring(0, key.length() - METADATA.length() - 1));
                    }
                }

                @Override
                public void unreadable(String prefix, IOException cause) {
                    unlisted.add(prefix.isEmpty() ? "." : prefix);
                }
            });
        } catch (IOException e) {
            // The target's own zarr.json is still read by key; its findings say whether the store is reachable.
            unlisted.add(". (" + e.getMessage() + ")");
        }
        return new Walk(nodes, unlisted, Optional.empty());
    }

    private static java.util.concurrent.ThreadFactory daemonThreads() {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, "maskgate-zarr-chunks-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }
}

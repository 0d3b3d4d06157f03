package io.maskgate.report.writer;

import io.maskgate.report.Report;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.maskgate.rules.Finding;
import io.maskgate.rules.Location;
import io.maskgate.rules.NaturalOrder;
import io.maskgate.rules.RuleMeta;
import io.maskgate.rules.Severity;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * SARIF 2.1.0, written with Jackson's streaming generator (the {@code java-sarif} library is stale and breaks
 * Jackson), for GitHub code scanning: URIs relative to the repository root, a region on every result and stable
 * {@code partialFingerprints}. Findings are aggregated: one result per (rule, file, place) — place being a JSON
 * pointer or a table row, a mask chunk file being one place — saying how many findings it stands for, because
 * code-scanning services keep at most {@value #GITHUB_MAX_RESULTS} results per run. When even that gives too many
 * results, findings are aggregated per (rule, file), per (rule, folder), then per rule, and the run says so.
 *
 * <p>Two passes over the findings, so a report spilled to disk is never held in memory: the first counts the
 * results of each aggregation (stopping at the limit), the second collects the chosen results with a few examples
 * each; memory is bounded by the result limit.
 */
final class SarifReportWriter implements ReportWriter {

    static final String SCHEMA_URI = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/os/schemas/sarif-schema-2.1.0.json";
    static final String INFORMATION_URI = "https://maskgate.io/";
    /**
     * The symbolic base of every artifact URI: the repository root when the target lies in one (or the root given),
     * else the validated folder (or the folder holding the validated file).
     */
    static final String BASE_ID = "SRCROOT";
    /** The key of a result's stable identity in {@code partialFingerprints}. */
    static final String FINGERPRINT = "maskgateResult/v2";
    /** GitHub code scanning keeps at most this many results per run. */
    static final int GITHUB_MAX_RESULTS = 25_000;
    /** Findings quoted in a result's message. */
    private static final int MESSAGE_EXAMPLES = 3;
    /** Findings listed in a result's {@code properties.examples}. */
    private static final int PROPERTY_EXAMPLES = 10;

    private final RuleLookup rules;
    private final int maxResults;
    private final Path sourceRoot;

    SarifReportWriter(RuleLookup rules, Path sourceRoot) {
        this(rules, GITHUB_MAX_RESULTS, sourceRoot);
    }

    /**
     * @param maxResults results per run (lowered by tests to exercise the harder aggregation)
     * @param sourceRoot the folder URIs are relative to when the target lies inside it; null for the target folder
     */
    SarifReportWriter(RuleLookup rules, int maxResults, Path sourceRoot) {
        if (maxResults < 1) {
            throw new IllegalArgumentException("maxResults must be positive");
        }
        this.rules = rules;
        this.maxResults = maxResults;
        this.sourceRoot = sourceRoot;
    }

    /** How findings are folded into results, from finest to coarsest. */
    enum Aggregation {
        RULE_FILE_AND_PLACE("per rule, file and place", f -> f.file() + '\u0000' + place(f.location()), Finding::file),
        RULE_AND_FILE("per rule and file", Finding::file, Finding::file),
        RULE_AND_FOLDER("per rule and folder", f -> folderOf(f.file()), f -> folderOf(f.file())),
        RULE("per rule", f -> "", f -> "");

        final String description;
        /** What one result stands for, besides the rule. */
        @SuppressWarnings("ImmutableEnumChecker") // stateless lambdas
        final Function<Finding, String> key;
        /** The file or folder a result points at. */
        @SuppressWarnings("ImmutableEnumChecker") // stateless lambdas
        final Function<Finding, String> artifact;

        Aggregation(String description, Function<Finding, String> key, Function<Finding, String> artifact) {
            this.description = description;
            this.key = key;
            this.artifact = artifact;
        }
    }

    /**
     * The place inside a file that gets a result of its own: a JSON pointer, or a table row. Mask and image
     * findings are folded per file (a chunk file is already one hypothesis and trench).
     */
    static String place(Location loc) {
        if (loc.pointer() != null) {
            return loc.pointer();
        }
        return loc.row() != null ? "row " + loc.row() : "";
    }

    /** The findings one result stands for. */
    private static final class Group {
        final String code;
        final String artifact;
        /** The place inside the artifact ({@link #place}), empty when the result stands for the whole artifact. */
        final String place;
        /** True when the result stands for a folder or the whole target rather than one file. */
        final boolean coarse;
        Severity severity = Severity.INFO;
        long count;
        final List<Finding> examples = new ArrayList<>();

        Group(String code, String artifact, String place, boolean coarse) {
            this.code = code;
            this.artifact = artifact;
            this.place = place;
            this.coarse = coarse;
        }
    }

    @Override
    public void write(Report report, OutputStream out) throws IOException {
        Aggregation aggregation = finestFitting(report.findings());
        Map<String, Map<String, Group>> groups = group(report.findings(), aggregation);
        Map<String, Integer> ruleIndex = new LinkedHashMap<>();
        List<RuleMeta> ruleList = new ArrayList<>(rules.catalog().all());
        for (RuleMeta m : ruleList) {
            ruleIndex.put(m.code(), ruleIndex.size());
        }
        List<String> unknownCodes = new ArrayList<>();
        for (String code : report.summary().byCode().keySet()) {
            if (!ruleIndex.containsKey(code)) {
                ruleIndex.put(code, ruleIndex.size());
                unknownCodes.add(code);
            }
        }
        Target target = Target.of(report.target(), sourceRoot);
        JsonFactory factory = new JsonFactory().configure(JsonGenerator.Feature.AUTO_CLOSE_TARGET, false);
        try (JsonGenerator g = factory.createGenerator(out, JsonEncoding.UTF8)) {
            g.setCharacterEscapes(new JsonEscapes());
            g.useDefaultPrettyPrinter();
            g.writeStartObject();
            g.writeStringField("$schema", SCHEMA_URI);
            g.writeStringField("version", "2.1.0");
            g.writeArrayFieldStart("runs");
            g.writeStartObject();
            driver(report, ruleList, unknownCodes, g);
            invocation(report, aggregation, resultCount(groups), target, g);
            g.writeObjectFieldStart("originalUriBaseIds");
            g.writeObjectFieldStart(BASE_ID);
            g.writeStringField("uri", target.baseUri);
            text("description", target.fromRoot() ? "The base folder of the URIs: the root of the git work tree that holds the target, or the folder given."
                    : "The folder that holds the validated target.", g);
            g.writeEndObject();
            g.writeEndObject();
            g.writeArrayFieldStart("results");
            for (Map<String, Group> byArtifact : groups.values()) {
                for (Group group : byArtifact.values()) {
                    result(group, ruleIndex.get(group.code), target, g);
                }
            }
            g.writeEndArray();
            g.writeObjectFieldStart("properties");
            g.writeStringField("aggregation", aggregation.description);
            g.writeNumberField("findings", report.summary().total());
            g.writeNumberField("errors", report.summary().errors());
            g.writeNumberField("warnings", report.summary().warnings());
            g.writeNumberField("infos", report.summary().infos());
            g.writeStringField("targetKind", report.target().kind());
            if (report.target().profile() != null) {
                g.writeStringField("profile", report.target().profile().name());
                g.writeStringField("profileReason", report.target().profile().reason());
            }
            g.writeEndObject();
            g.writeEndObject();
            g.writeEndArray();
            g.writeEndObject();
            g.writeRaw('\n');
        }
    }

    /**
     * The finest aggregation whose result count stays within the limit: one pass counting the distinct (code, key)
     * pairs of every aggregation, each count stopping once it exceeds the limit.
     */
    private Aggregation finestFitting(List<Finding> findings) {
        Aggregation[] all = Aggregation.values();
        List<Set<String>> seen = new ArrayList<>();
        for (int i = 0; i < all.length; i++) {
            seen.add(new HashSet<>());
        }
        String previousCode = null;
        String previousFile = null;
        String previousPlace = null;
        for (Finding f : findings) {
            String place = place(f.location());
            if (f.code().equals(previousCode) && f.file().equals(previousFile) && place.equals(previousPlace)) {
                continue; // same result at every level as the previous finding
            }
            previousCode = f.code();
            previousFile = f.file();
            previousPlace = place;
            for (int i = 0; i < all.length; i++) {
                Set<String> keys = seen.get(i);
                if (keys.size() <= maxResults) {
                    keys.add(f.code() + '\n' + all[i].key.apply(f));
                }
            }
        }
        for (int i = 0; i < all.length - 1; i++) {
            if (seen.get(i).size() <= maxResults) {
                return all[i];
            }
        }
        return Aggregation.RULE;
    }

    private static Map<String, Map<String, Group>> group(List<Finding> findings, Aggregation aggregation) {
        Map<String, Map<String, Group>> groups = new TreeMap<>();
        boolean coarse = aggregation == Aggregation.RULE_AND_FOLDER || aggregation == Aggregation.RULE;
        for (Finding f : findings) {
            Group g = groups.computeIfAbsent(f.code(), c -> new TreeMap<>(NaturalOrder.INSTANCE))
                    .computeIfAbsent(aggregation.key.apply(f), k -> new Group(f.code(), aggregation.artifact.apply(f),
                            aggregation == Aggregation.RULE_FILE_AND_PLACE ? place(f.location()) : "", coarse));
            g.count++;
            if (f.severity().atLeast(g.severity)) {
                g.severity = f.severity();
            }
            if (g.examples.size() < PROPERTY_EXAMPLES) {
                g.examples.add(f);
            }
        }
        return groups;
    }

    private static long resultCount(Map<String, Map<String, Group>> groups) {
        long n = 0;
        for (Map<String, Group> m : groups.values()) {
            n += m.size();
        }
        return n;
    }

    private static String folderOf(String file) {
        int slash = file.lastIndexOf('/');
        return slash < 0 ? "" : file.substring(0, slash);
    }

    private void driver(Report report, List<RuleMeta> ruleList, List<String> unknownCodes, JsonGenerator g) throws IOException {
        g.writeObjectFieldStart("tool");
        g.writeObjectFieldStart("driver");
        g.writeStringField("name", report.tool().name());
        g.writeStringField("version", report.tool().version());
        g.writeStringField("informationUri", INFORMATION_URI);
        g.writeArrayFieldStart("rules");
        for (RuleMeta m : ruleList) {
            g.writeStartObject();
            g.writeStringField("id", m.code());
            g.writeStringField("name", m.ruleClass().getSimpleName());
            text("shortDescription", m.summary(), g);
            g.writeObjectFieldStart("defaultConfiguration");
            g.writeStringField("level", level(m.severity()));
            g.writeEndObject();
            if (!m.hint().isEmpty()) {
                text("help", m.hint(), g);
            }
            g.writeObjectFieldStart("properties");
            g.writeStringField("category", m.category().id());
            g.writeArrayFieldStart("tags");
            g.writeString(m.category().id());
            g.writeEndArray();
            g.writeEndObject();
            g.writeEndObject();
        }
        for (String code : unknownCodes) { // a finding whose rule is not in the catalogue still needs a descriptor
            g.writeStartObject();
            g.writeStringField("id", code);
            text("shortDescription", code, g);
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
        g.writeEndObject();
    }

    private void invocation(Report report, Aggregation aggregation, long results, Target target, JsonGenerator g)
            throws IOException {
        g.writeArrayFieldStart("invocations");
        g.writeStartObject();
        g.writeBooleanField("executionSuccessful", true);
        // GitHub turns absolute URIs into repository-relative ones from here; ours are relative already.
        g.writeObjectFieldStart("workingDirectory");
        g.writeStringField("uri", target.baseUri);
        g.writeEndObject();
        if (aggregation == Aggregation.RULE_AND_FOLDER || aggregation == Aggregation.RULE) {
            g.writeArrayFieldStart("toolExecutionNotifications");
            g.writeStartObject();
            text("message", report.summary().total() + " findings were aggregated " + aggregation.description
                    + " into " + results + " results, because one result per rule and file would exceed "
                    + maxResults + " results per run; the JSON, TSV or XLSX report lists every finding.", g);
            g.writeStringField("level", "note");
            g.writeEndObject();
            g.writeEndArray();
        }
        g.writeEndObject();
        g.writeEndArray();
    }

    private static void result(Group group, int ruleIndex, Target target, JsonGenerator g) throws IOException {
        g.writeStartObject();
        g.writeStringField("ruleId", group.code);
        g.writeNumberField("ruleIndex", ruleIndex);
        g.writeStringField("level", level(group.severity));
        text("message", message(group), g);
        Finding first = group.examples.get(0);
        g.writeArrayFieldStart("locations");
        location(group, first.location(), target, g);
        g.writeEndArray();
        g.writeObjectFieldStart("partialFingerprints");
        // Stable across runs: rule, repository-relative artifact and place, never counts or messages.
        g.writeStringField(FINGERPRINT, fingerprint(group.code + "\n" + target.uriOf(group.artifact, group.coarse)
                + "\n" + group.place));
        g.writeEndObject();
        g.writeObjectFieldStart("properties");
        g.writeNumberField("count", group.count);
        g.writeArrayFieldStart("examples");
        for (Finding f : group.examples) {
            g.writeStartObject();
            g.writeStringField("file", f.file());
            g.writeObjectFieldStart("location");
            JsonReportWriter.writeLocation(LocationFields.values(f.location()), g);
            g.writeEndObject();
            g.writeStringField("message", f.message());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
        g.writeEndObject();
    }

    /** "N findings: first few… (N more)"; a single finding is given as it is. */
    private static String message(Group group) {
        if (group.count == 1) {
            return describe(group.examples.get(0), group.coarse);
        }
        StringBuilder sb = new StringBuilder();
        sb.append(group.count).append(" findings: ");
        int shown = Math.min(MESSAGE_EXAMPLES, group.examples.size());
        for (int i = 0; i < shown; i++) {
            if (i > 0) {
                sb.append("; ");
            }
            sb.append(describe(group.examples.get(i), group.coarse));
        }
        if (group.count > shown) {
            sb.append(" (").append(group.count - shown).append(" more)");
        }
        return sb.toString();
    }

    private static String describe(Finding f, boolean withFile) {
        String where = f.location().describe();
        if (withFile && !f.file().isEmpty()) {
            where = where.isEmpty() ? f.file() : f.file() + " " + where;
        }
        return where.isEmpty() ? f.message() : where + ": " + f.message();
    }

    /** One location: the artifact; a region when a table row is known; mask/pixel/pointer coordinates as properties. */
    private static void location(Group group, Location loc, Target target, JsonGenerator g) throws IOException {
        g.writeStartObject();
        g.writeObjectFieldStart("physicalLocation");
        g.writeObjectFieldStart("artifactLocation");
        g.writeStringField("uri", target.uriOf(group.artifact, group.coarse));
        g.writeStringField("uriBaseId", BASE_ID);
        g.writeEndObject();
        boolean single = !group.coarse && !loc.isNone();
        // GitHub needs a region on every result: the table row (SARIF columns count characters, not table fields, so
        // only the line, the Excel-true row, goes here), else line 1 for the whole file.
        long line = single && loc.row() != null ? Math.max(1, loc.row()) : 1;
        g.writeObjectFieldStart("region");
        g.writeNumberField("startLine", line);
        g.writeEndObject();
        g.writeEndObject();
        if (single) {
            g.writeArrayFieldStart("logicalLocations");
            g.writeStartObject();
            if (loc.pointer() != null) {
                g.writeStringField("name", loc.pointer().isEmpty() ? "(document root)" : loc.pointer());
                g.writeStringField("fullyQualifiedName", group.artifact + "#" + loc.pointer());
                g.writeStringField("kind", "property");
            } else {
                g.writeStringField("name", loc.describe());
                g.writeStringField("kind", "element");
            }
            g.writeEndObject();
            g.writeEndArray();
            g.writeObjectFieldStart("properties");
            JsonReportWriter.writeLocation(LocationFields.values(loc), g);
            g.writeEndObject();
        }
        g.writeEndObject();
    }

    private static void text(String field, String text, JsonGenerator g) throws IOException {
        g.writeObjectFieldStart(field);
        g.writeStringField("text", text);
        g.writeEndObject();
    }

    static String level(Severity s) {
        return switch (s) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case INFO -> "note";
        };
    }

    private static String fingerprint(String s) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every JVM", e);
        }
    }

    /**
     * Where artifact URIs are resolved: the source root (a repository root) when the target lies inside it, with
     * {@code prefix} the target's path below it; otherwise the target folder, or the folder of a single-file target.
     */
    private record Target(String baseUri, String below, boolean belowIsFile, boolean fromRoot) {

        static Target of(Report.Target target, Path sourceRoot) {
            Path p;
            try {
                p = Path.of(target.path()).toAbsolutePath().normalize();
            } catch (InvalidPathException e) {
                return new Target("file:///", "", false, false);
            }
            boolean isFile = Files.isRegularFile(p);
            Path dir = isFile && p.getParent() != null ? p.getParent() : p;
            String name = isFile ? p.getFileName().toString() : "";
            if (sourceRoot != null) {
                Path root = real(sourceRoot);
                Path realDir = real(dir);
                if (realDir.startsWith(root)) {
                    List<String> parts = new ArrayList<>();
                    for (Path part : root.relativize(realDir)) {
                        if (!part.toString().isEmpty()) {
                            parts.add(part.toString());
                        }
                    }
                    if (isFile) {
                        parts.add(name);
                    }
                    return new Target(folderUri(root), String.join("/", parts), isFile, true);
                }
            }
            return new Target(folderUri(dir), name, isFile, false);
        }

        private static Path real(Path p) {
            try {
                return p.toRealPath();
            } catch (IOException | SecurityException e) {
                return p.toAbsolutePath().normalize();
            }
        }

        private static String folderUri(Path dir) {
            String uri = dir.toUri().toASCIIString();
            return uri.endsWith("/") ? uri : uri + "/";
        }

        /**
         * The percent-encoded URI, relative to the base, of {@code artifact} (a file or, when {@code folder}, a
         * folder relative to the target; {@code ""} is the target itself).
         */
        String uriOf(String artifact, boolean folder) {
            String path = below.isEmpty() ? artifact : artifact.isEmpty() ? below : below + "/" + artifact;
            if (path.isEmpty()) {
                return "./";
            }
            boolean isFolder = artifact.isEmpty() ? !belowIsFile : folder;
            return encodePath(path) + (isFolder ? "/" : "");
        }
    }

    /**
     * Percent-encodes a relative path for a URI reference (RFC 3986), keeping {@code /}. Hand-written because
     * {@link java.net.URI}'s constructors leave non-ASCII characters unencoded and cannot encode a relative
     * reference whose first segment contains a colon.
     */
    static String encodePath(String path) {
        StringBuilder sb = new StringBuilder(path.length() + 8);
        byte[] bytes = path.getBytes(StandardCharsets.UTF_8);
        boolean firstSegment = true;
        for (byte b : bytes) {
            int c = b & 0xFF;
            if (c == '/') {
                firstSegment = false;
            }
            boolean keep = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                    || "-._~!$&'()*+,;=@/".indexOf(c) >= 0 || (c == ':' && !firstSegment);
            if (keep) {
                sb.append((char) c);
            } else {
                sb.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xF, 16)));
            }
        }
        return sb.toString();
    }
}

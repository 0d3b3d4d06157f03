package io.maskgate.rules;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.maskgate.io.InputBoundary;
import io.maskgate.json.JsonSchemas;
import io.maskgate.json.SchemaViolation;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * User configuration that re-classifies or ignores findings by code and path glob (as BIDS does).
 * The first override whose code pattern and path glob both match decides.
 *
 * <pre>{"overrides": [{"code": "LABEL_*", "path": "data/**", "severity": "info"},
 *                {"code": "STORE_EXPERIMENT_NAME", "ignore": true}]}</pre>
 *
 * <p>Patterns are matched in linear time ({@link Glob}) and overrides are indexed per finding code, with
 * literal paths in a hash map, so a config of 100,000 overrides costs a lookup per finding, not a scan.
 */
public final class RulePolicy {

    /** One override; {@code severity} is null when {@code ignore} is set; {@code pathGlob} null when it has no path. */
    public record RuleOverride(String code, String path, Severity severity, boolean ignore,
                               Glob codeGlob, Glob pathGlob) {

        boolean matchesPath(String file) {
            return pathGlob == null || pathGlob.matches(file);
        }
    }

    public static final RulePolicy DEFAULT = new RulePolicy(List.of());

    /** Largest config file read unless the caller says otherwise: a config holds a few overrides. */
    public static final long DEFAULT_MAX_BYTES = 16L << 20;

    private final List<RuleOverride> overrides;
    /** Overrides by literal code (no wildcard), each list in config order. */
    private final Map<String, int[]> byLiteralCode;
    /** Overrides whose code has a wildcard, in config order. */
    private final int[] wildcardCodes;
    /** Per finding code: the overrides that can apply, built on first use (at most one per rule code). */
    private final Map<String, CodeIndex> perCode = new ConcurrentHashMap<>();

    private RulePolicy(List<RuleOverride> overrides) {
        this.overrides = List.copyOf(overrides);
        Map<String, List<Integer>> literal = new HashMap<>();
        List<Integer> wild = new ArrayList<>();
        for (int i = 0; i < this.overrides.size(); i++) {
            RuleOverride o = this.overrides.get(i);
            if (o.codeGlob().isLiteral()) {
                literal.computeIfAbsent(o.code(), k -> new ArrayList<>()).add(i);
            } else {
                wild.add(i);
            }
        }
        Map<String, int[]> index = new HashMap<>();
        literal.forEach((code, list) -> index.put(code, list.stream().mapToInt(Integer::intValue).toArray()));
        this.byLiteralCode = index;
        this.wildcardCodes = wild.stream().mapToInt(Integer::intValue).toArray();
    }

    public List<RuleOverride> overrides() {
        return overrides;
    }

    /** The finding as the policy wants it reported, or empty when it is ignored. */
    public Optional<Finding> apply(Finding finding) {
        if (overrides.isEmpty()) {
            return Optional.of(finding);
        }
        CodeIndex index = perCode.computeIfAbsent(finding.code(), this::indexFor);
        int first = index.firstMatch(finding.file().isEmpty() ? "." : finding.file());
        if (first < 0) {
            return Optional.of(finding);
        }
        RuleOverride o = overrides.get(first);
        return o.ignore() ? Optional.empty() : Optional.of(finding.withSeverity(o.severity()));
    }

    private CodeIndex indexFor(String code) {
        int[] exact = byLiteralCode.getOrDefault(code, new int[0]);
        // merge the two ordered lists, keeping the wildcard overrides whose code matches
        List<Integer> candidates = new ArrayList<>();
        int a = 0;
        int b = 0;
        while (a < exact.length || b < wildcardCodes.length) {
            if (b >= wildcardCodes.length || (a < exact.length && exact[a] < wildcardCodes[b])) {
                candidates.add(exact[a++]);
            } else {
                int i = wildcardCodes[b++];
                if (overrides.get(i).codeGlob().matches(code)) {
                    candidates.add(i);
                }
            }
        }
        Map<String, Integer> literalPaths = new HashMap<>();
        List<Integer> others = new ArrayList<>();
        for (int i : candidates) {
            Glob path = overrides.get(i).pathGlob();
            if (path != null && path.isLiteral()) {
                literalPaths.putIfAbsent(path.pattern(), i);
            } else {
                others.add(i);
            }
        }
        return new CodeIndex(literalPaths, others.stream().mapToInt(Integer::intValue).toArray());
    }

    /** The overrides for one finding code: literal paths by value, the rest (globs, no path) in order. */
    private final class CodeIndex {
        private final Map<String, Integer> literalPaths;
        private final int[] others;

        CodeIndex(Map<String, Integer> literalPaths, int[] others) {
            this.literalPaths = literalPaths;
            this.others = others;
        }

        /** Index of the first override matching {@code file}, or -1. */
        int firstMatch(String file) {
            int best = literalPaths.getOrDefault(file, Integer.MAX_VALUE);
            for (int i : others) {
                if (i > best) {
                    break;
                }
                if (overrides.get(i).matchesPath(file)) {
                    return i;
                }
            }
            return best == Integer.MAX_VALUE ? -1 : best;
        }
    }

    /**
     * Reads a config file, validated against {@code maskgate-config.schema.json}.
     *
     * @throws ConfigException when the file cannot be read or is not a valid config
     */
    public static RulePolicy load(Path file) {
        return load(file, DEFAULT_MAX_BYTES, "--max-document-size");
    }

    /**
     * Reads a config file of at most {@code maxBytes} bytes, validated against {@code maskgate-config.schema.json}.
     *
     * @param option the option that raises the limit, named in the message when the file is larger
     * @throws ConfigException when the file cannot be read, is too large or is not a valid config
     */
    public static RulePolicy load(Path file, long maxBytes, String option) {
        JsonNode root;
        try {
            // A pipe or device is refused, not read.
            byte[] bytes = InputBoundary.unconfined().readAtMost(file, maxBytes);
            if (bytes == null) {
                throw new ConfigException("config " + file + " is larger than " + maxBytes + " bytes, the most maskgate reads"
                        + " (raise it with " + option + "); a config holds a few overrides", null);
            }
            // a key given twice is an error, not "the last one wins": the config must mean what it shows
            root = new ObjectMapper()
                    .enable(com.fasterxml.jackson.core.JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
                    .enable(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
                    .readTree(bytes);
        } catch (IOException e) {
            throw new ConfigException("cannot read config " + file + ": " + e.getMessage(), e);
        }
        if (root == null) {
            throw new ConfigException("config " + file + " is empty", null);
        }
        List<SchemaViolation> violations = JsonSchemas.load("maskgate-config.schema.json").validate(root);
        if (!violations.isEmpty()) {
            StringBuilder sb = new StringBuilder("invalid config " + file + ":");
            for (SchemaViolation v : violations) {
                sb.append("\n  ").append(v.pointer().isEmpty() ? "/" : v.pointer()).append(": ").append(v.message());
            }
            throw new ConfigException(sb.toString(), null);
        }
        List<RuleOverride> list = new ArrayList<>();
        for (JsonNode o : root.path("overrides")) {
            String code = o.get("code").asText();
            String path = o.hasNonNull("path") ? o.get("path").asText() : null;
            boolean ignore = o.path("ignore").asBoolean(false);
            Severity severity = o.hasNonNull("severity") ? Severity.parse(o.get("severity").asText()) : null;
            if (!ignore && severity == null) {
                throw new ConfigException("invalid config " + file + ": override for '" + code
                        + "' needs \"severity\" or \"ignore\": true", null);
            }
            Glob pathGlob;
            try {
                pathGlob = path == null ? null : Glob.path(path);
            } catch (IllegalArgumentException e) {
                throw new ConfigException("invalid config " + file + ": path glob '" + path + "' of the override for '"
                        + code + "': " + e.getMessage(), null);
            }
            list.add(new RuleOverride(code, path, severity, ignore, Glob.code(code), pathGlob));
        }
        return new RulePolicy(list);
    }

    /** A config file that cannot be used: a usage error (exit code 2), not a dataset problem. */
    public static final class ConfigException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public ConfigException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}

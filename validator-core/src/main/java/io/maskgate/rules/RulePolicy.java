package io.maskgate.rules;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.maskgate.io.InputBoundary;
import io.maskgate.json.JsonSchemas;
import io.maskgate.json.SchemaViolation;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * User configuration that re-classifies or ignores findings by code and path glob (as BIDS does).
 * The first override whose code pattern and path glob both match decides.
 *
 * <pre>{"overrides": [{"code": "LABEL_*", "path": "data/**", "severity": "info"},
 *                {"code": "STORE_EXPERIMENT_NAME", "ignore": true}]}</pre>
 */
public final class RulePolicy {

    /** One override; {@code severity} is null when {@code ignore} is set. */
    public record RuleOverride(String code, String path, Severity severity, boolean ignore,
                               Pattern codePattern, PathMatcher pathMatcher) {

        boolean matches(Finding f) {
            return codePattern.matcher(f.code()).matches()
                    && (pathMatcher == null || pathMatcher.matches(Path.of(f.file().isEmpty() ? "." : f.file())));
        }
    }

    public static final RulePolicy DEFAULT = new RulePolicy(List.of());

    private final List<RuleOverride> overrides;

    private RulePolicy(List<RuleOverride> overrides) {
        this.overrides = List.copyOf(overrides);
    }

    public List<RuleOverride> overrides() {
        return overrides;
    }

    /** The finding as the policy wants it reported, or empty when it is ignored. */
    public Optional<Finding> apply(Finding finding) {
        for (RuleOverride o : overrides) {
            if (o.matches(finding)) {
                return o.ignore() ? Optional.empty() : Optional.of(finding.withSeverity(o.severity()));
            }
        }
        return Optional.of(finding);
    }

    /**
     * Reads a config file, validated against {@code maskgate-config.schema.json}.
     *
     * @throws ConfigException when the file cannot be read or is not a valid config
     */
    public static RulePolicy load(Path file) {
        JsonNode root;
        try {
            root = new ObjectMapper().readTree(InputBoundary.unconfined().readAllBytes(file)); // a pipe or device is refused, not read
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
            Pattern codePattern = Pattern.compile(globToRegex(code));
            PathMatcher matcher = path == null ? null : FileSystems.getDefault().getPathMatcher("glob:" + path);
            list.add(new RuleOverride(code, path, severity, ignore, codePattern, matcher));
        }
        return new RulePolicy(list);
    }

    private static String globToRegex(String glob) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < glob.length(); i++) {
            char c = glob.charAt(i);
            switch (c) {
                case '*' -> sb.append(".*");
                case '?' -> sb.append('.');
                default -> sb.append(Pattern.quote(String.valueOf(c)));
            }
        }
        return sb.toString();
    }

    /** A config file that cannot be used: a usage error (exit code 2), not a dataset problem. */
    public static final class ConfigException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public ConfigException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}

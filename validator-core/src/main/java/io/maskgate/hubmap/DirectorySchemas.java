package io.maskgate.hubmap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.maskgate.json.JsonSchemas;
import io.maskgate.json.SchemaValidator;
import io.maskgate.json.SchemaViolation;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.PatternSyntaxException;

/**
 * The directory schema versions shipped in the schemas module ({@code maskgate/schemas/hubmap/}),
 * sorted numerically. Shipped data that does not load is a build defect, so loading fails fast
 * with {@link IllegalStateException} instead of producing findings.
 */
public final class DirectorySchemas {

    /** Classpath folder of the HuBMAP schema data. */
    public static final String RESOURCE_DIR = JsonSchemas.RESOURCE_DIR + "hubmap/";

    private final List<DirectorySchema> versions;

    private DirectorySchemas(List<DirectorySchema> versions) {
        List<DirectorySchema> sorted = new ArrayList<>(versions);
        sorted.sort(Comparator.comparing(DirectorySchema::version));
        this.versions = List.copyOf(sorted);
        if (this.versions.stream().noneMatch(s -> !s.draft())) {
            throw new IllegalStateException("no non-draft directory schema version");
        }
    }

    /** The shipped segmentation-mask schemas. */
    public static DirectorySchemas segmentationMask() {
        return load(RESOURCE_DIR + "index.json");
    }

    /** Every version listed by a classpath index, validated against the format schemas. */
    static DirectorySchemas load(String indexResource) {
        ObjectMapper mapper = new ObjectMapper();
        JsonNode index = read(mapper, indexResource);
        check(JsonSchemas.load("hubmap/directory-schema-index.schema.json"), index, indexResource);
        String folder = indexResource.substring(0, indexResource.lastIndexOf('/') + 1);
        SchemaValidator format = JsonSchemas.load("hubmap/directory-schema.schema.json");
        List<DirectorySchema> out = new ArrayList<>();
        for (JsonNode v : index.get("versions")) {
            String resource = folder + v.get("file").asText();
            JsonNode doc = read(mapper, resource);
            check(format, doc, resource);
            DirectorySchema schema = parse(doc, resource);
            if (!schema.version().equals(SchemaVersion.parse(v.get("version").asText()))) {
                throw new IllegalStateException(resource + " holds version " + schema.version() + " but the index says "
                        + v.get("version").asText());
            }
            out.add(schema);
        }
        return new DirectorySchemas(out);
    }

    /** A set made of the given versions (tests). */
    static DirectorySchemas of(List<DirectorySchema> versions) {
        return new DirectorySchemas(versions);
    }

    private static JsonNode read(ObjectMapper mapper, String resource) {
        try (InputStream in = DirectorySchemas.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is not on the classpath");
            }
            return mapper.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }

    private static void check(SchemaValidator validator, JsonNode doc, String resource) {
        List<SchemaViolation> violations = validator.validate(doc);
        if (!violations.isEmpty()) {
            throw new IllegalStateException(resource + " is not a valid directory schema file: " + violations);
        }
    }

    static DirectorySchema parse(JsonNode doc, String resource) {
        List<SchemaEntry> entries = new ArrayList<>();
        for (JsonNode e : doc.get("entries")) {
            try {
                entries.add(SchemaEntry.of(e.get("pattern").asText(), e.get("required").asBoolean(),
                        e.path("title").asText(""), e.get("description").asText(), e.path("example").asText("")));
            } catch (PatternSyntaxException ex) {
                throw new IllegalStateException(resource + ": pattern " + e.get("pattern") + " does not compile: "
                        + ex.getDescription(), ex);
            }
        }
        return new DirectorySchema(doc.get("schema").asText(), SchemaVersion.parse(doc.get("version").asText()),
                doc.path("draft").asBoolean(false), doc.path("deprecated").asBoolean(false), entries);
    }

    /** Every version, in numeric order. */
    public List<DirectorySchema> all() {
        return versions;
    }

    /** The versions a dataset may be checked against (drafts are never applied), newest first. */
    public List<DirectorySchema> applicableNewestFirst() {
        List<DirectorySchema> out = new ArrayList<>();
        for (int i = versions.size() - 1; i >= 0; i--) {
            if (!versions.get(i).draft()) {
                out.add(versions.get(i));
            }
        }
        return out;
    }

    /** The newest non-draft version. */
    public DirectorySchema latest() {
        return applicableNewestFirst().get(0);
    }

    public Optional<DirectorySchema> version(String version) {
        SchemaVersion v = SchemaVersion.parse(version);
        return versions.stream().filter(s -> s.version().equals(v)).findFirst();
    }
}

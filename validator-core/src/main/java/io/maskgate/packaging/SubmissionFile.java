package io.maskgate.packaging;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.maskgate.io.InputBoundary;
import io.maskgate.json.JsonSchemas;
import io.maskgate.json.SchemaViolation;
import io.maskgate.validation.UsageException;
import io.maskgate.validation.ValidationOptions;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads and checks the submission file: JSON (with {@code //} comments, as {@link #template()} writes them)
 * against {@code maskgate-submission.schema.json}. A required value that is absent or blank is <em>missing</em>;
 * anything else the schema rejects is <em>invalid</em>. Both are collected in full, never only the first.
 */
public final class SubmissionFile {

    /** Name of the schema on the classpath. */
    public static final String SCHEMA = "maskgate-submission.schema.json";

    /** Required top-level values (JSON pointers). */
    static final List<String> REQUIRED = List.of("/parent_dataset_id", "/derived_dataset_protocol_doi",
            "/is_cell_type_annotation_included", "/mask/mask_id", "/mask/protocol_doi", "/mask/annotation_tool");
    /** Required values of each contributor. */
    static final List<String> REQUIRED_PER_CONTRIBUTOR = List.of("first_name", "last_name", "display_name",
            "affiliation", "orcid", "is_contact", "is_principal_investigator", "is_operator");

    private static final JsonMapper MAPPER = JsonMapper.builder().enable(JsonReadFeature.ALLOW_JAVA_COMMENTS).build();

    /**
     * A read submission file.
     *
     * @param submission what it says (blank where missing)
     * @param missing    JSON pointers of required values that are absent or blank
     * @param invalid    other schema violations, one line each ({@code /pointer: message})
     */
    public record Result(Submission submission, List<String> missing, List<String> invalid) {
        public Result {
            missing = List.copyOf(missing);
            invalid = List.copyOf(invalid);
        }
    }

    private SubmissionFile() {
    }

    /**
     * Reads {@code file}.
     *
     * @throws UsageException when it cannot be read or is not JSON (with the line and column)
     */
    public static Result read(Path file) {
        JsonNode root;
        try {
            // A pipe or device is refused, and a submission is a few kilobytes: never read more than the document limit.
            byte[] bytes = InputBoundary.unconfined().readAtMost(file, ValidationOptions.DEFAULT_MAX_DOCUMENT_BYTES);
            if (bytes == null) {
                throw new UsageException("submission file " + file + " is larger than "
                        + ValidationOptions.DEFAULT_MAX_DOCUMENT_BYTES + " bytes; a submission file holds a few fields");
            }
            root = MAPPER.readTree(new String(bytes, StandardCharsets.UTF_8));
        } catch (JsonProcessingException e) {
            throw new UsageException("submission file " + file + " is not valid JSON: " + e.getOriginalMessage()
                    + (e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr() + ", column "
                    + e.getLocation().getColumnNr() + ")"));
        } catch (IOException e) {
            throw new UsageException("cannot read submission file " + file + ": " + e.getMessage());
        }
        if (root == null || !root.isObject()) {
            throw new UsageException("submission file " + file + " must hold a JSON object (see --init-submission)");
        }
        return check(root);
    }

    /** Checks a parsed submission document. */
    static Result check(JsonNode root) {
        List<String> missing = new ArrayList<>();
        for (String pointer : REQUIRED) {
            if (blank(root.at(pointer))) {
                missing.add(pointer);
            }
        }
        JsonNode people = root.path("contributors");
        if (!people.isArray() || people.isEmpty()) {
            missing.add("/contributors");
        } else {
            for (int i = 0; i < people.size(); i++) {
                for (String field : REQUIRED_PER_CONTRIBUTOR) {
                    if (blank(people.get(i).path(field))) {
                        missing.add("/contributors/" + i + "/" + field);
                    }
                }
            }
        }
        List<String> invalid = new ArrayList<>();
        for (SchemaViolation v : JsonSchemas.load(SCHEMA).validate(root)) {
            if (isMissing(v, missing)) {
                continue;
            }
            invalid.add((v.pointer().isEmpty() ? "/" : v.pointer()) + ": " + v.message());
        }
        return new Result(submission(root), missing, invalid);
    }

    /** Schema violations that only restate a missing value (required key, minLength, minItems on a blank). */
    private static boolean isMissing(SchemaViolation v, List<String> missing) {
        if (missing.contains(v.pointer())) {
            return true;
        }
        if (v.keyword().equals("required")) {
            for (String m : missing) {
                if (m.startsWith(v.pointer() + "/") && m.indexOf('/', v.pointer().length() + 1) < 0) {
                    return true;
                }
            }
            // A missing parent object ("mask") is named through its required children.
            return missing.stream().anyMatch(m -> m.startsWith(v.pointer() + "/"));
        }
        return false;
    }

    private static boolean blank(JsonNode n) {
        return n.isMissingNode() || n.isNull() || (n.isTextual() && n.asText().isBlank());
    }

    private static String text(JsonNode n) {
        return n.isValueNode() && !n.isNull() ? n.asText().strip() : "";
    }

    private static Submission submission(JsonNode r) {
        List<Contributor> people = new ArrayList<>();
        for (JsonNode p : r.path("contributors")) {
            people.add(new Contributor(text(p.path("first_name")), text(p.path("last_name")),
                    text(p.path("middle_name_or_initial")), text(p.path("display_name")), text(p.path("affiliation")),
                    text(p.path("orcid")), text(p.path("email")), text(p.path("is_contact")),
                    text(p.path("is_principal_investigator")), text(p.path("is_operator"))));
        }
        JsonNode mask = r.path("mask");
        return new Submission(text(r.path("parent_dataset_id")), text(r.path("lab_id")),
                text(r.path("derived_dataset_protocol_doi")), text(r.path("program_url")),
                text(r.path("is_cell_type_annotation_included")), text(mask.path("mask_id")),
                text(mask.path("protocol_doi")), text(mask.path("annotation_tool")), text(mask.path("object_type")),
                people);
    }

    /** One message naming every missing value, for the command's error. */
    public static String missingMessage(Path file, List<String> missing) {
        return "submission file " + file + " lacks " + missing.size() + " required value"
                + (missing.size() == 1 ? "" : "s") + ": " + String.join(", ", missing)
                + ". Fill them in, or pass --allow-incomplete to package anyway and get the gaps as findings.";
    }

    /** The commented template {@code --init-submission} writes: every field, required ones blank. */
    public static String template() {
        return """
                // maskgate submission file: what 'maskgate package STORE --out DIR --submission FILE' needs.
                // JSON with // comments. Required values are blank ("") until you fill them in; optional ones
                // may stay blank. Schema: maskgate/schemas/maskgate-submission.schema.json in maskgate-schemas.
                {
                  // REQUIRED. HuBMAP ID(s) of the dataset(s) the masks derive from, comma-separated (HBM386.ZGKG.235).
                  "parent_dataset_id": "",
                  // Optional lab id of the derived dataset; maskgate appends the packaged hypothesis (e.g. -epoch-3999).
                  "lab_id": "",
                  // REQUIRED. protocols.io DOI of the segmentation protocol, URL form:
                  // https://dx.doi.org/10.17504/protocols.io.xxxx/v1
                  "derived_dataset_protocol_doi": "",
                  // Optional versioned URL of the code that made the masks (a release tag, not a branch).
                  "program_url": "",
                  // REQUIRED. "Yes" when the objects carry cell-type annotations, else "No".
                  "is_cell_type_annotation_included": "No",
                  "mask": {
                    // REQUIRED. OBO id of what the mask segments, e.g. "CL:0000000" (cell).
                    "mask_id": "",
                    // REQUIRED. Bare DOI of the mask-creation protocol, e.g. "10.17504/protocols.io.xxxx"
                    // (no https://doi.org/ prefix: HuBMAP's table validator rejects it).
                    "protocol_doi": "",
                    // REQUIRED. Azimuth, STELLAR, FUSION, In-house, Manual or "Not applicable".
                    "annotation_tool": "Not applicable",
                    // Optional OBO id of every object's type, e.g. "CL:0000000"; blank when not annotated.
                    "object_type": ""
                  },
                  // REQUIRED: at least one person; at least one with "is_contact": "Yes".
                  "contributors": [
                    {
                      "first_name": "",
                      "last_name": "",
                      "middle_name_or_initial": "",
                      "display_name": "",
                      "affiliation": "",
                      // REQUIRED. ORCID iD, 0000-0002-1825-0097 form (the last character is a checksum).
                      "orcid": "",
                      "email": "",
                      // REQUIRED, each "Yes" or "No".
                      "is_contact": "Yes",
                      "is_principal_investigator": "No",
                      "is_operator": "No"
                    }
                  ]
                }
                """;
    }
}

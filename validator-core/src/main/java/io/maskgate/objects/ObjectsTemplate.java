package io.maskgate.objects;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * HuBMAP's "object by feature" template: the header-block row keys, the attribute vocabularies and
 * the template columns with their fixed attributes. Shared by the checker and {@link ObjectsTableWriter}.
 */
public final class ObjectsTemplate {

    public static final String KEY_TYPE = "Type";
    public static final String KEY_UNIT = "Unit";
    public static final String KEY_FEATURE_CLASS = "Feature class";
    public static final String KEY_DESCRIPTION = "Description";
    public static final String KEY_PROTOCOL = "Protocol used to derive this feature value (DOI)";
    public static final String KEY_ALTERNATIVE_ID = "Alternative ID";
    public static final String KEY_PERMISSIBLE_VALUES = "Permissible values";
    public static final String KEY_REQUIREMENT_LEVEL = "Requirement level";

    /** Row keys of the current 8-row header block, in order (column A of rows 1–8). */
    public static final List<String> KEYS_8 = List.of(KEY_TYPE, KEY_UNIT, KEY_FEATURE_CLASS, KEY_DESCRIPTION,
            KEY_PROTOCOL, KEY_ALTERNATIVE_ID, KEY_PERMISSIBLE_VALUES, KEY_REQUIREMENT_LEVEL);
    /** Row keys of the older 7-row header block (no "Alternative ID"). */
    public static final List<String> KEYS_7 = List.of(KEY_TYPE, KEY_UNIT, KEY_FEATURE_CLASS, KEY_DESCRIPTION,
            KEY_PROTOCOL, KEY_PERMISSIBLE_VALUES, KEY_REQUIREMENT_LEVEL);

    public static final List<String> TYPES = List.of("text", "integer", "float", "doi", "boolean", "obo id");
    public static final List<String> UNITS = List.of("pixel", "intensity", "count", "square micrometer");
    public static final List<String> FEATURE_CLASSES = List.of("gene", "neighborhood", "mask", "spatial", "morphology",
            "ontology", "antibody", "IMS");
    public static final List<String> REQUIREMENT_LEVELS = List.of("REQUIRED", "OPTIONAL");
    public static final List<String> ANNOTATION_TOOLS = List.of("Azimuth", "STELLAR", "FUSION", "In-house", "Manual",
            "Not applicable");

    public static final String OBJECT_ID = "Object ID";
    public static final String SOURCE_FILE = "Source file";
    public static final String MASK_NAME = "Mask name";
    public static final String MASK_ID = "Mask ID";
    public static final String PROTOCOL_FOR_MASK = "Protocol for mask creation (DOI)";
    public static final String ANNOTATION_TOOL = "Annotation tool";
    public static final String OBJECT_TYPE = "Object type";
    public static final String X = "X";
    public static final String Y = "Y";
    public static final String Z = "Z";

    /** Suffix of the mask OME-TIFFs a {@code Source file} must name. */
    public static final String MASK_SUFFIX = ".segmentations.ome.tiff";

    /** The template columns after {@code Object ID} (columns B–J), with the template's attributes. */
    public static final List<FeatureColumn> COLUMNS = List.of(
            required(SOURCE_FILE, "text", "", "mask",
                    "The segmentation-mask OME-TIFF in this folder that holds the object's mask."),
            required(MASK_NAME, "text", "", "mask",
                    "Name of the mask: the channel name of the mask in the OME-TIFF."),
            required(MASK_ID, "obo id", "", "mask",
                    "Ontology ID of the class of objects in the mask (e.g. a Cell Ontology or UBERON term)."),
            required(PROTOCOL_FOR_MASK, "doi", "", "mask",
                    "DOI of the protocol used to create the mask."),
            required(ANNOTATION_TOOL, "text", "", "mask",
                    "Tool used to annotate the object's type.")
                    .withPermissibleValues(String.join("|", ANNOTATION_TOOLS)),
            FeatureColumn.of(OBJECT_TYPE, "obo id", "ontology", "Ontology ID of the object's type (e.g. a Cell Ontology term)."),
            required(X, "integer", "pixel", "spatial", "X coordinate of the object's centroid in pixels (origin top-left)."),
            required(Y, "integer", "pixel", "spatial", "Y coordinate of the object's centroid in pixels (origin top-left)."),
            required(Z, "integer", "pixel", "spatial", "Z coordinate of the object's centroid in pixels (0 for 2-D masks)."));

    /** Columns HuBMAP requires in every objects table (Object type is optional). */
    public static final List<String> REQUIRED_COLUMNS = List.of(OBJECT_ID, SOURCE_FILE, MASK_NAME, MASK_ID,
            PROTOCOL_FOR_MASK, ANNOTATION_TOOL, X, Y, Z);

    private ObjectsTemplate() {
    }

    private static FeatureColumn required(String name, String type, String unit, String featureClass, String description) {
        return new FeatureColumn(name, type, unit, featureClass, description, "", "", "", "REQUIRED");
    }

    /** The template column named {@code name}, compared leniently (case and spacing ignored). */
    public static Optional<FeatureColumn> templateColumn(String name) {
        String n = normalise(name);
        for (FeatureColumn c : COLUMNS) {
            if (normalise(c.name()).equals(n)) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }

    /** The header-block key that {@code text} means, compared leniently, or empty. */
    static Optional<String> headerKey(String text) {
        String n = normalise(text);
        for (String k : KEYS_8) {
            if (normalise(k).equals(n)) {
                return Optional.of(k);
            }
        }
        return Optional.empty();
    }

    /** Lower case, without spaces, underscores and a trailing colon: how people misspell names. */
    static String normalise(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!Character.isWhitespace(c) && c != '_' && c != ':') {
                sb.append(c);
            }
        }
        return sb.toString().toLowerCase(Locale.ROOT);
    }
}

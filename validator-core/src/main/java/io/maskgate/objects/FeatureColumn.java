package io.maskgate.objects;

import java.util.Objects;

/**
 * One column of an objects table with its header-block attributes, as written in the rows above
 * the column header row. Empty strings stand for empty cells.
 *
 * @param permissibleValues pipe-separated list, e.g. {@code Azimuth|Manual}; empty when any value is allowed
 */
public record FeatureColumn(String name, String type, String unit, String featureClass, String description,
                            String protocolDoi, String alternativeId, String permissibleValues, String requirementLevel) {

    public FeatureColumn {
        Objects.requireNonNull(name, "name");
        type = nonNull(type);
        unit = nonNull(unit);
        featureClass = nonNull(featureClass);
        description = nonNull(description);
        protocolDoi = nonNull(protocolDoi);
        alternativeId = nonNull(alternativeId);
        permissibleValues = nonNull(permissibleValues);
        requirementLevel = nonNull(requirementLevel);
    }

    /** An OPTIONAL feature column without unit, protocol, alternative id or permissible values. */
    public static FeatureColumn of(String name, String type, String featureClass, String description) {
        return new FeatureColumn(name, type, "", featureClass, description, "", "", "", "OPTIONAL");
    }

    public FeatureColumn withUnit(String newUnit) {
        return new FeatureColumn(name, type, newUnit, featureClass, description, protocolDoi, alternativeId,
                permissibleValues, requirementLevel);
    }

    public FeatureColumn withRequirementLevel(String level) {
        return new FeatureColumn(name, type, unit, featureClass, description, protocolDoi, alternativeId,
                permissibleValues, level);
    }

    public FeatureColumn withPermissibleValues(String values) {
        return new FeatureColumn(name, type, unit, featureClass, description, protocolDoi, alternativeId, values,
                requirementLevel);
    }

    public FeatureColumn withProtocolDoi(String doi) {
        return new FeatureColumn(name, type, unit, featureClass, description, doi, alternativeId, permissibleValues,
                requirementLevel);
    }

    /** The attribute of the header-block row named {@code key} (one of {@link ObjectsTemplate#KEYS_8}). */
    public String attribute(String key) {
        return switch (key) {
            case ObjectsTemplate.KEY_TYPE -> type;
            case ObjectsTemplate.KEY_UNIT -> unit;
            case ObjectsTemplate.KEY_FEATURE_CLASS -> featureClass;
            case ObjectsTemplate.KEY_DESCRIPTION -> description;
            case ObjectsTemplate.KEY_PROTOCOL -> protocolDoi;
            case ObjectsTemplate.KEY_ALTERNATIVE_ID -> alternativeId;
            case ObjectsTemplate.KEY_PERMISSIBLE_VALUES -> permissibleValues;
            case ObjectsTemplate.KEY_REQUIREMENT_LEVEL -> requirementLevel;
            default -> throw new IllegalArgumentException("not a header-block key: " + key);
        };
    }

    private static String nonNull(String s) {
        return s == null ? "" : s;
    }
}

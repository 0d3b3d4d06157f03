package io.maskgate.objects;

import io.maskgate.rules.Location;

import java.util.ArrayList;
import java.util.List;

/**
 * A named column of a table with the attributes declared in its header block.
 *
 * @param index    1-based column number
 * @param declared the name and the attributes as written in the file ({@code ""} for empty or absent cells)
 * @param template the template column this one is (matched ignoring case and spacing), or null for an extra column
 */
record ColumnSpec(int index, FeatureColumn declared, FeatureColumn template) {

    String name() {
        return declared.name();
    }

    /** {@code column H 'X'}. */
    String describe() {
        return "column " + Location.columnLetters(index) + " '" + name() + "'";
    }

    /**
     * The type values are checked against: the template's for template columns (what HuBMAP
     * validates), the declared one otherwise; null when the declared type is not a known type.
     */
    ValueType valueType() {
        return ValueType.parse(template != null ? template.type() : declared.type());
    }

    /** True for template-required columns and columns declared REQUIRED. */
    boolean required() {
        return (template != null && "REQUIRED".equals(template.requirementLevel()))
                || "REQUIRED".equals(declared.requirementLevel());
    }

    /**
     * The permissible values: the template's list for template columns that have one, else the declared
     * list; empty (any value) when the declared cell is blank or {@code N/A} in any case, as HuBMAP's
     * template and published tables write "no restriction".
     */
    List<String> permissible() {
        String raw = template != null && !template.permissibleValues().isEmpty()
                ? template.permissibleValues() : declared.permissibleValues();
        if (unrestricted(raw)) {
            return List.of();
        }
        List<String> values = new ArrayList<>();
        for (String v : raw.split("\\|", -1)) {
            if (!v.isBlank()) {
                values.add(v.strip());
            }
        }
        return values;
    }

    /** Blank or N/A: no list of permissible values. */
    static boolean unrestricted(String permissibleCell) {
        String v = permissibleCell.strip();
        return v.isEmpty() || v.equalsIgnoreCase("N/A");
    }

    boolean isTemplate(String templateName) {
        return template != null && template.name().equals(templateName);
    }
}

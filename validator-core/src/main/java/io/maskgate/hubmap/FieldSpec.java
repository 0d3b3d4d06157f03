package io.maskgate.hubmap;

import java.util.List;

/**
 * One field (column) of a HuBMAP TSV template.
 *
 * @param allowed the permissible values of an {@link ValueKind#ENUM} field, exactly as spelled
 */
public record FieldSpec(String name, boolean required, ValueKind kind, List<String> allowed) {

    public FieldSpec {
        allowed = List.copyOf(allowed);
    }

    static FieldSpec required(String name, ValueKind kind) {
        return new FieldSpec(name, true, kind, List.of());
    }

    static FieldSpec optional(String name, ValueKind kind) {
        return new FieldSpec(name, false, kind, List.of());
    }

    static FieldSpec oneOf(String name, String... values) {
        return new FieldSpec(name, true, ValueKind.ENUM, List.of(values));
    }
}

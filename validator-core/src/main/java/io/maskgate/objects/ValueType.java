package io.maskgate.objects;

/** The value types a column's {@code Type} attribute may name. */
enum ValueType {
    TEXT("text"), INTEGER("integer"), FLOAT("float"), DOI("doi"), BOOLEAN("boolean"), OBO_ID("obo id");

    private final String id;

    ValueType(String id) {
        this.id = id;
    }

    String id() {
        return id;
    }

    /** The type spelled exactly {@code text}, or null. */
    static ValueType parse(String text) {
        for (ValueType t : values()) {
            if (t.id.equals(text)) {
                return t;
            }
        }
        return null;
    }
}

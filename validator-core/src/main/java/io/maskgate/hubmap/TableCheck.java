package io.maskgate.hubmap;

import io.maskgate.rules.FindingSink;

/** A rule over one parsed HuBMAP TSV and its template. */
public interface TableCheck {

    void check(TsvTable table, TableTemplate template, FindingSink sink);

    /** A non-blank value of a field in one row, with its spreadsheet position. */
    record Cell(TsvTable.Row row, int column, FieldSpec field, String value) {
        /** 1-based column. */
        public int excelColumn() {
            return column + 1;
        }

        public String ref() {
            return io.maskgate.rules.Location.columnLetters(column + 1) + row.row();
        }
    }

    /** Calls {@code action} for every non-blank value of every template field of {@code kind} present in the table. */
    static void forEach(TsvTable table, TableTemplate template, ValueKind kind, java.util.function.Consumer<Cell> action) {
        for (FieldSpec field : template.fields()) {
            if (field.kind() != kind) {
                continue;
            }
            int col = table.column(field.name());
            if (col < 0) {
                continue;
            }
            for (TsvTable.Row row : table.rows()) {
                String v = row.get(col);
                if (!v.isBlank()) {
                    action.accept(new Cell(row, col, field, v));
                }
            }
        }
    }
}

package io.maskgate.hubmap;

import io.maskgate.rules.Category;
import io.maskgate.rules.FindingSink;
import io.maskgate.rules.Location;
import io.maskgate.rules.Rule;
import io.maskgate.rules.RuleInfo;
import io.maskgate.rules.Severity;

import java.util.Map;
import java.util.regex.Pattern;

/** {@code contributors_path} and {@code data_path} must have the forms HuBMAP's template gives (its regexes). */
@RuleInfo(code = "HUBMAP_PATH_FORMAT", severity = Severity.ERROR, category = Category.HUBMAP_METADATA,
        summary = "contributors_path must be a relative path to a .tsv file, and data_path a relative folder path ('.', './x' or a name).",
        hint = "Use a path relative to the upload folder with '/' separators, e.g. ./contributors.tsv or ./dataset-1.")
public final class PathFormat implements Rule, TableCheck {

    /** The template's regexes, as published (Python syntax). */
    static final Map<ValueKind, Pattern> FORMS = Map.of(
            ValueKind.CONTRIBUTORS_PATH, PythonRegex.compile("^(?:\\.\\/.*|\\w.*)\\.tsv$"),
            ValueKind.DATA_PATH, PythonRegex.compile("^(?:\\.|\\.\\/.+|\\w.*)$"));

    @Override
    public void check(TsvTable table, TableTemplate template, FindingSink sink) {
        for (ValueKind kind : new ValueKind[] {ValueKind.CONTRIBUTORS_PATH, ValueKind.DATA_PATH}) {
            TableCheck.forEach(table, template, kind, cell -> {
                if (!FORMS.get(kind).matcher(cell.value()).matches()) {
                    sink.accept(finding(table.file(), Location.cell(cell.row().row(), cell.excelColumn()),
                            cell.field().name() + " in cell " + cell.ref() + " is '" + TsvReader.clip(cell.value()) + "': "
                                    + explain(kind, cell.value()), ""));
                }
            });
        }
    }

    private static String explain(ValueKind kind, String v) {
        if (v.indexOf('\\') >= 0) {
            return "it uses '\\' separators; HuBMAP paths use '/'";
        }
        if (v.startsWith("/") || v.matches("[A-Za-z]:.*")) {
            return "it is absolute; it must be relative to the upload folder";
        }
        if (!v.equals(v.trim())) {
            return "it has leading or trailing spaces";
        }
        if (kind == ValueKind.CONTRIBUTORS_PATH && !v.endsWith(".tsv")) {
            return "it must name a .tsv file";
        }
        if (v.startsWith("..")) {
            return "it must be inside the upload folder";
        }
        return kind == ValueKind.CONTRIBUTORS_PATH
                ? "it must be './<file>.tsv' or start with a letter, digit or underscore and end in .tsv"
                : "it must be '.', './<folder>' or start with a letter, digit or underscore";
    }
}

package io.maskgate.objects;

import io.maskgate.rules.Category;
import io.maskgate.rules.RuleInfo;
import io.maskgate.rules.Severity;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

/** Source file names an existing mask OME-TIFF in the same folder. */
@RuleInfo(code = "OBJECTS_SOURCE_FILE", severity = Severity.ERROR, category = Category.OBJECTS_TABLE,
        summary = "Source file must name an existing *.segmentations.ome.tiff file in the same folder as the table.",
        hint = "Write the file name (no folder) of the mask OME-TIFF in derived/segmentation_masks/, e.g. kidney.segmentations.ome.tiff.")
public final class SourceFile implements TableCheck {

    private final DistinctValues values = new DistinctValues();
    /**
     * Values found to name a mask file of the folder: never a finding, so not looked up again. Bounded by
     * the folder's files; without it a packaged table (thousands of files, millions of rows) made a file
     * system call per row once {@link DistinctValues} was full.
     */
    private final Set<String> existing = new HashSet<>();
    private int column;
    private List<String> folder;

    @Override
    public void header(TableContext t) {
        ColumnSpec c = t.header().column(ObjectsTemplate.SOURCE_FILE);
        column = c == null ? 0 : c.index();
    }

    @Override
    public void row(TableContext t, TableRow row) {
        if (column == 0) {
            return;
        }
        String v = row.cell(column);
        if (v.isEmpty() || existing.contains(v) || !values.firstTime(v)) {
            return;
        }
        if (v.indexOf('/') >= 0 || v.indexOf('\\') >= 0) {
            t.report(this, row.number(), column, "Source file " + CellText.quote(v)
                    + " is a path; it must be a file name in the table's folder", "Write only the file name: "
                    + v.substring(Math.max(v.lastIndexOf('/'), v.lastIndexOf('\\')) + 1));
        } else if (!v.endsWith(ObjectsTemplate.MASK_SUFFIX)) {
            t.report(this, row.number(), column, "Source file " + CellText.quote(v) + " is not a *"
                    + ObjectsTemplate.MASK_SUFFIX + " file", nearMiss(t, v));
        } else if (!isFileInFolder(t, v)) {
            t.report(this, row.number(), column, "Source file " + CellText.quote(v) + " does not exist in the table's folder",
                    nearMiss(t, v));
        } else {
            existing.add(v);
        }
    }

    /** False too for a value no file can be named (a NUL byte): resolving it throws, and a cell must not crash the run. */
    private static boolean isFileInFolder(TableContext t, String name) {
        try {
            return Files.isRegularFile(t.dir().resolve(name));
        } catch (InvalidPathException e) {
            return false;
        }
    }

    /** A file of the folder that differs only in case or extension, as a hint. */
    private String nearMiss(TableContext t, String value) {
        String base = stem(value);
        for (String name : folder(t)) {
            if (!name.equals(value) && (name.equalsIgnoreCase(value) || stem(name).equalsIgnoreCase(base))
                    && name.toLowerCase(Locale.ROOT).contains(".ome.tif")) {
                return "Did you mean '" + name + "'? Mask files must be named <name>" + ObjectsTemplate.MASK_SUFFIX + ".";
            }
        }
        return "";
    }

    private static String stem(String name) {
        int dot = name.indexOf('.');
        return dot < 0 ? name : name.substring(0, dot);
    }

    private List<String> folder(TableContext t) {
        if (folder == null) {
            try (Stream<Path> s = Files.list(t.dir())) {
                folder = s.map(p -> p.getFileName().toString()).sorted().limit(10_000).toList();
            } catch (IOException e) {
                folder = List.of();
            }
        }
        return folder;
    }
}

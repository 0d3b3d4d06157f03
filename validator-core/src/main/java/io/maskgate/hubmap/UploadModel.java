package io.maskgate.hubmap;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * An upload as its metadata TSVs describe it: the {@code data_path} and {@code contributors_path}
 * references of every row, resolved against the upload folder, and the upload's top-level entries.
 *
 * @param root      the upload folder (absolute, normalised)
 * @param metadata  the metadata TSVs that could be read
 * @param complete  true when every metadata TSV was read to the end (cross-file checks need all references)
 * @param topLevel  names of the upload's top-level entries, sorted ({@code "name/"} for folders)
 */
public record UploadModel(Path root, List<TsvTable> metadata, List<Reference> dataPaths, List<Reference> contributorsPaths,
                          List<String> topLevel, boolean complete) {

    /**
     * A path cell of a metadata row.
     *
     * @param column   0-based column
     * @param formatOk true when the value has the form the template requires
     * @param resolved the path it names ({@code \} read as {@code /}, normalised)
     * @param inside   true when {@code resolved} lies inside the upload folder
     */
    public record Reference(TsvTable table, TsvTable.Row row, int column, String value, boolean formatOk, Path resolved,
                            boolean inside) {

        public io.maskgate.rules.Location location() {
            return io.maskgate.rules.Location.cell(row.row(), column + 1);
        }

        public String ref() {
            return io.maskgate.rules.Location.columnLetters(column + 1) + row.row();
        }
    }

    public UploadModel {
        metadata = List.copyOf(metadata);
        dataPaths = List.copyOf(dataPaths);
        contributorsPaths = List.copyOf(contributorsPaths);
        topLevel = List.copyOf(topLevel);
    }

    /** Builds the model of the upload at {@code root} from its parsed metadata TSVs. */
    public static UploadModel of(Path root, List<TsvTable> metadata, boolean allRead) throws IOException {
        Path base = root.toAbsolutePath().normalize();
        List<Reference> data = new ArrayList<>();
        List<Reference> contributors = new ArrayList<>();
        boolean complete = allRead;
        for (TsvTable t : metadata) {
            complete &= t.complete();
            collect(base, t, "data_path", ValueKind.DATA_PATH, data);
            collect(base, t, "contributors_path", ValueKind.CONTRIBUTORS_PATH, contributors);
        }
        List<String> top = new ArrayList<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(base)) {
            for (Path p : entries) {
                top.add(p.getFileName().toString() + (Files.isDirectory(p) ? "/" : ""));
            }
        }
        top.sort(null);
        return new UploadModel(base, metadata, data, contributors, top, complete);
    }

    private static void collect(Path base, TsvTable t, String field, ValueKind kind, List<Reference> out) {
        int col = t.column(field);
        if (col < 0) {
            return;
        }
        for (TsvTable.Row row : t.rows()) {
            String v = row.get(col);
            if (v.isBlank()) {
                continue;
            }
            boolean formatOk = PathFormat.FORMS.get(kind).matcher(v).matches();
            Path resolved;
            try {
                // '\' is read as '/' so that a Windows-style path is still followed (and reported once, as a format problem)
                resolved = base.resolve(v.trim().replace('\\', '/')).normalize();
            } catch (java.nio.file.InvalidPathException e) {
                resolved = null;
            }
            out.add(new Reference(t, row, col, v, formatOk, resolved, resolved != null && resolved.startsWith(base)));
        }
    }

    /** The path of {@code p} relative to the upload, {@code /}-separated ({@code ""} for the upload itself). */
    public String relative(Path p) {
        return root.relativize(p).toString().replace(java.io.File.separatorChar, '/');
    }
}

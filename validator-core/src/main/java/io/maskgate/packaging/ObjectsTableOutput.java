package io.maskgate.packaging;

import io.maskgate.objects.ObjectsTableWriter;
import io.maskgate.objects.XlsxTableWriter;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Reader;
import java.io.StringReader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The objects table of one packaged mask, in the one format chosen: rows arrive as TSV text (as the trench
 * writers make them) and go to {@code cells-objects.tsv} unchanged, or to {@code cells-objects.xlsx} (sheet
 * {@code MAIN}, streamed, numbers as numbers). The XLSX file appears only when {@link #finish()} completes.
 */
abstract class ObjectsTableOutput implements AutoCloseable {

    /** Rows of the header block, the blank separator and the column header: what a sheet holds besides objects. */
    static int headerRows(ObjectsTableWriter table) {
        return table.headerRows().size();
    }

    /** Opens the table file of {@code format} in {@code masks} and writes its header rows. */
    static ObjectsTableOutput open(Path masks, ObjectsFormat format, ObjectsTableWriter table) throws IOException {
        ObjectsTableOutput out = format == ObjectsFormat.XLSX
                ? new Xlsx(XlsxTableWriter.objectsTable(masks.resolve(MaskNaming.OBJECTS_XLSX)))
                : new Tsv(masks.resolve(MaskNaming.OBJECTS_TSV));
        boolean ok = false;
        try {
            for (List<String> row : table.headerRows()) {
                out.header(row);
            }
            ok = true;
            return out;
        } finally {
            if (!ok) {
                out.close();
            }
        }
    }

    abstract void header(List<String> row) throws IOException;

    /** Appends rows given as TSV text (one line per row). */
    abstract void append(CharSequence rows) throws IOException;

    /** Appends the rows of a TSV scratch file. */
    abstract void appendFile(Path rows) throws IOException;

    /** Completes the file. */
    abstract void finish() throws IOException;

    @Override
    public abstract void close() throws IOException;

    private static final class Tsv extends ObjectsTableOutput {
        private final Writer out;

        Tsv(Path file) throws IOException {
            out = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(file), StandardCharsets.UTF_8), 1 << 16);
        }

        @Override
        void header(List<String> row) throws IOException {
            out.write(row.isEmpty() ? "" : MaskValues.TSV.format(row.toArray()));
            out.write('\n');
        }

        @Override
        void append(CharSequence rows) throws IOException {
            out.append(rows);
        }

        @Override
        void appendFile(Path rows) throws IOException {
            try (Reader in = Files.newBufferedReader(rows, StandardCharsets.UTF_8)) {
                in.transferTo(out);
            }
        }

        @Override
        void finish() throws IOException {
            out.flush();
        }

        @Override
        public void close() throws IOException {
            out.close();
        }
    }

    private static final class Xlsx extends ObjectsTableOutput {
        /** The inverse of {@link MaskValues#TSV}: cells exactly as written, spaces kept. */
        private static final CSVFormat ROWS = CSVFormat.TDF.builder().setIgnoreSurroundingSpaces(false)
                .setIgnoreEmptyLines(false).get();
        private final XlsxTableWriter out;

        Xlsx(XlsxTableWriter out) {
            this.out = out;
        }

        @Override
        void header(List<String> row) throws IOException {
            out.row(row);
        }

        @Override
        void append(CharSequence rows) throws IOException {
            if (rows.length() > 0) {
                parse(new StringReader(rows.toString()));
            }
        }

        @Override
        void appendFile(Path rows) throws IOException {
            try (Reader in = Files.newBufferedReader(rows, StandardCharsets.UTF_8)) {
                parse(in);
            }
        }

        private void parse(Reader in) throws IOException {
            try (CSVParser parser = CSVParser.parse(in, ROWS)) {
                for (CSVRecord r : parser) {
                    out.row(r.toList());
                }
            }
        }

        @Override
        void finish() throws IOException {
            out.finish();
        }

        @Override
        public void close() throws IOException {
            out.close();
        }
    }
}

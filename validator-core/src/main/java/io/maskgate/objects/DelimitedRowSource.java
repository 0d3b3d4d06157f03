package io.maskgate.objects;

import io.maskgate.io.InputBoundary;
import io.maskgate.rules.Location;
import io.maskgate.rules.Rule;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Iterator;

/**
 * Reads a TSV or CSV file with commons-csv (UTF-8, strict). Row numbers are record numbers: one
 * per line, a quoted field with line breaks staying in one row, as a spreadsheet imports the file.
 * Empty lines are kept as blank rows (the header block's separator row must count).
 */
final class DelimitedRowSource implements RowSource {

    /** Objects tables: tab-separated, {@code "} quotes, empty lines kept. */
    static final CSVFormat TSV = CSVFormat.TDF.builder().setIgnoreEmptyLines(false).get();
    /** Adjacency files: comma-separated (RFC 4180), empty lines kept so that rows keep their numbers. */
    static final CSVFormat CSV = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(false).get();
    /** Longest line accepted; far beyond any real table row, small enough to bound memory. */
    static final long MAX_LINE_CHARS = 1 << 20;

    private final InputBoundary inputs;
    private final Class<? extends Rule> rule;
    private final Path file;
    private final CSVParser parser;
    private final Iterator<CSVRecord> records;
    private long lastRecord;
    private long lastLine;

    /**
     * Opens {@code file}; problems are reported as findings of {@code rule}.
     */
    DelimitedRowSource(Path file, CSVFormat format, Class<? extends Rule> rule) throws TableReadException {
        this(InputBoundary.unconfined(), file, format, rule);
    }

    /** Opens {@code file} within {@code inputs}; a refused path is reported as unreadable. */
    DelimitedRowSource(InputBoundary inputs, Path file, CSVFormat format, Class<? extends Rule> rule) throws TableReadException {
        this.inputs = inputs;
        this.rule = rule;
        this.file = file;
        BoundedLineReader r = null;
        try {
            var decoder = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT);
            r = new BoundedLineReader(new InputStreamReader(inputs.newInputStream(file), decoder), MAX_LINE_CHARS);
            this.parser = CSVParser.parse(r, format);
            this.records = parser.iterator();
        } catch (IOException | UncheckedIOException e) {
            closeQuietly(r);
            IOException io = e instanceof UncheckedIOException u ? u.getCause() : (IOException) e;
            if (io instanceof CharacterCodingException || io instanceof BoundedLineReader.LineTooLongException) {
                throw translate(io);
            }
            throw new TableReadException(rule, Location.NONE, "cannot read the file: " + e.getMessage(), "", e);
        }
    }

    @Override
    public TableRow next() throws TableReadException {
        try {
            if (!records.hasNext()) {
                return null;
            }
            CSVRecord r = records.next();
            lastRecord = r.getRecordNumber();
            lastLine = parser.getCurrentLineNumber();
            String[] cells = r.values();
            for (int i = 0; i < cells.length; i++) {
                cells[i] = cells[i] == null ? "" : cells[i].strip();
                if (cells[i].indexOf('\0') >= 0) {
                    // A NUL is valid UTF-8 but no spreadsheet or text table holds one: the file is binary or damaged.
                    throw new TableReadException(rule, Location.cell(r.getRecordNumber(), i + 1), "row "
                            + r.getRecordNumber() + ", column " + (i + 1) + " holds a NUL byte (0x00): the file is binary"
                            + " or damaged, not a text table", "Re-export the table as UTF-8 text.", null);
                }
            }
            return new TableRow(r.getRecordNumber(), cells);
        } catch (UncheckedIOException e) {
            throw translate(e.getCause());
        } catch (IllegalStateException e) {
            // commons-csv wraps some malformed input (e.g. text after a closing quote) this way
            throw translate(e.getCause() instanceof IOException io ? io : new IOException(e.getMessage(), e));
        }
    }

    private TableReadException translate(IOException e) {
        if (e instanceof BoundedLineReader.LineTooLongException tooLong) {
            return new TableReadException(rule, Location.cell(tooLong.line(), null), e.getMessage()
                    + ": this is not a line-oriented table (or its line breaks are missing)", "", e);
        }
        if (e instanceof CharacterCodingException) {
            // the decoder reads ahead in blocks, so the parser's position says little: find the bad bytes again
            long line = Utf8Scan.firstMalformedLine(inputs, file);
            return new TableReadException(rule, Location.cell(line, null),
                    "line " + line + " is not valid UTF-8",
                    "Save the file as UTF-8 (Excel: 'CSV UTF-8' or 'Unicode Text'; LibreOffice: character set Unicode (UTF-8)).", e);
        }
        // the failing record starts right after the last good one; an unclosed quote is only noticed at the end
        long line = lastLine + 1;
        return new TableReadException(rule, Location.cell(lastRecord + 1, null),
                "the row starting at line " + line + " cannot be parsed: " + e.getMessage(),
                "Check the quotes on that line: a field that starts with \" must end with \" right before the delimiter or "
                        + "the line end; write a quote inside a quoted field as \"\".", e);
    }

    @Override
    public void close() throws IOException {
        parser.close();
    }

    private static void closeQuietly(java.io.Closeable c) {
        if (c != null) {
            try {
                c.close();
            } catch (IOException ignored) {
                // already failing: the first error is the one to report
            }
        }
    }
}

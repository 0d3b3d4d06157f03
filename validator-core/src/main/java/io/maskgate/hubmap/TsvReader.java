package io.maskgate.hubmap;

import io.maskgate.io.InputBoundary;
import io.maskgate.rules.FindingSink;
import io.maskgate.rules.Location;
import io.maskgate.rules.RuleMeta;
import io.maskgate.validation.ByteSize;
import io.maskgate.validation.ValidationOptions;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;

/**
 * Reads a HuBMAP TSV (metadata or contributors) with commons-csv, reporting what keeps it from
 * being a clean tab-separated UTF-8 table: too large, not UTF-8, broken quoting, rows wider than
 * the header. Values are kept exactly (no trimming), so stray spaces are seen by the field checks.
 */
public final class TsvReader {

    /** Metadata and contributors TSVs hold a handful of rows; anything larger is not one (the default document limit). */
    public static final long MAX_BYTES = ValidationOptions.DEFAULT_MAX_DOCUMENT_BYTES;

    /** Excel's column limit (XFD): a wider header cannot come from a spreadsheet, and every column costs checks. */
    public static final int MAX_COLUMNS = 16_384;

    // Like Python's csv 'excel-tab' dialect that HuBMAP reads with: tab, '"' quotes, nothing trimmed;
    // empty lines are kept as records so that record numbers stay spreadsheet row numbers.
    private static final CSVFormat FORMAT = CSVFormat.TDF.builder()
            .setIgnoreSurroundingSpaces(false)
            .setIgnoreEmptyLines(false)
            .setTrim(false)
            .get();

    private final long maxBytes;

    public TsvReader() {
        this(MAX_BYTES);
    }

    public TsvReader(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    /** Reads {@code path}, reported as {@code file}; empty when nothing usable could be read. */
    public Optional<TsvTable> read(Path path, String file, FindingSink sink) {
        return read(InputBoundary.unconfined(), path, file, sink);
    }

    /** Reads {@code path} within {@code inputs}, reported as {@code file}; empty when nothing usable could be read. */
    public Optional<TsvTable> read(InputBoundary inputs, Path path, String file, FindingSink sink) {
        byte[] bytes;
        try {
            bytes = inputs.readAtMost(path, maxBytes);
            if (bytes == null) {
                long size = inputs.size(path);
                sink.accept(RuleMeta.of(TsvTooLarge.class).finding(file, Location.NONE, file + " is "
                        + (size > maxBytes ? size + " bytes" : "more than " + maxBytes + " bytes")
                        + "; a HuBMAP TSV of this kind holds a few rows, so maskgate reads at most " + ByteSize.describe(maxBytes)
                        + " and did not check it (raise the limit with " + ByteSize.MAX_DOCUMENT_OPTION + ")"));
                return Optional.empty();
            }
        } catch (IOException e) {
            sink.accept(RuleMeta.of(TsvSyntax.class).finding(file, Location.NONE, "cannot read " + file + ": " + e.getMessage()));
            return Optional.empty();
        }
        int start = bytes.length >= 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB && (bytes[2] & 0xff) == 0xBF ? 3 : 0;
        String text;
        boolean utf8 = true;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, start, bytes.length - start)).toString();
        } catch (CharacterCodingException e) {
            utf8 = false;
            text = new String(bytes, start, bytes.length - start, StandardCharsets.UTF_8);
        }
        return Optional.of(parse(text, file, !utf8, sink));
    }

    private static TsvTable parse(String text, String file, boolean badEncoding, FindingSink sink) {
        List<String> header = null;
        List<TsvTable.Row> rows = new ArrayList<>();
        boolean complete = true;
        long encodingRow = 0;
        Integer encodingColumn = null;
        int encodingCells = 0;
        long recordNo = 0;
        try (CSVParser parser = CSVParser.parse(new StringReader(text), FORMAT)) {
            Iterator<CSVRecord> it = parser.iterator();
            while (true) {
                CSVRecord record;
                try {
                    if (!it.hasNext()) {
                        break;
                    }
                    record = it.next();
                } catch (UncheckedIOException | IllegalStateException e) {
                    sink.accept(RuleMeta.of(TsvSyntax.class).finding(file, Location.cell(recordNo + 1, null),
                            "row " + (recordNo + 1) + " of " + file + " cannot be parsed: " + cause(e)
                                    + "; rows from here on were not checked"));
                    complete = false;
                    break;
                }
                recordNo = record.getRecordNumber();
                List<String> values = record.toList();
                if (badEncoding) {
                    for (int c = 0; c < values.size(); c++) {
                        if (values.get(c).indexOf('\uFFFD') >= 0) {
                            if (encodingCells++ == 0) {
                                encodingRow = recordNo;
                                encodingColumn = c + 1;
                            }
                        }
                    }
                }
                if (header == null) {
                    if (values.size() > MAX_COLUMNS) {
                        sink.accept(RuleMeta.of(TsvTooLarge.class).finding(file, Location.cell(recordNo, MAX_COLUMNS + 1),
                                "the header of " + file + " has " + values.size() + " columns; a HuBMAP TSV has a few dozen and"
                                        + " maskgate checks at most " + MAX_COLUMNS + " (Excel's limit), so it did not check this one"));
                        return new TsvTable(file, List.of(), List.of(), false);
                    }
                    header = values;
                    reportNul(values, recordNo, file, sink);
                    continue;
                }
                reportNul(values, recordNo, file, sink);
                if (values.stream().allMatch(String::isEmpty)) {
                    continue;
                }
                List<String> cells = new ArrayList<>(header.size());
                for (int c = 0; c < header.size(); c++) {
                    cells.add(c < values.size() ? values.get(c) : "");
                }
                for (int c = header.size(); c < values.size(); c++) {
                    if (!values.get(c).isEmpty()) {
                        sink.accept(RuleMeta.of(TsvRowWidth.class).finding(file, Location.cell(recordNo, c + 1),
                                "row " + recordNo + " has a value in column " + Location.columnLetters(c + 1)
                                        + " but the header has only " + header.size() + " columns: '" + clip(values.get(c)) + "'"));
                        break;
                    }
                }
                rows.add(new TsvTable.Row(recordNo, cells));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (badEncoding) {
            sink.accept(RuleMeta.of(TsvEncoding.class).finding(file,
                    encodingCells > 0 ? Location.cell(encodingRow, encodingColumn) : Location.NONE,
                    file + " is not valid UTF-8" + (encodingCells > 0 ? ": the first bad byte is in cell "
                            + Location.columnLetters(encodingColumn) + encodingRow + (encodingCells > 1 ? ", " + encodingCells
                            + " cells are affected" : "") : "")));
        }
        return new TsvTable(file, header == null ? List.of() : header, rows, complete);
    }

    /** A NUL byte is valid UTF-8 but never text: it is reported with its cell, once per row. */
    private static void reportNul(List<String> values, long row, String file, FindingSink sink) {
        for (int c = 0; c < values.size(); c++) {
            if (values.get(c).indexOf('\0') >= 0) {
                sink.accept(RuleMeta.of(TsvNul.class).finding(file, Location.cell(row, c + 1), "cell "
                        + Location.columnLetters(c + 1) + row + " of " + file + " holds a NUL byte (U+0000): '"
                        + clip(values.get(c).replace('\0', '\u2400')) + "'"));
                return;
            }
        }
    }

    private static String cause(RuntimeException e) {
        Throwable t = e.getCause() != null ? e.getCause() : e;
        String m = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
        if (m.contains("EOF reached before encapsulated token finished")) {
            return "a quoted value (starting with \") is never closed";
        }
        if (m.contains("invalid char between encapsulated token and delimiter")) {
            return "text follows a closing quote; a quoted value must end at the tab";
        }
        return m;
    }

    static String clip(String s) {
        return s.length() <= 80 ? s : s.substring(0, 77) + "...";
    }
}

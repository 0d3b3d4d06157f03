package io.maskgate.zarr;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.maskgate.rules.FindingSink;
import io.maskgate.rules.Location;
import io.maskgate.rules.Rule;
import io.maskgate.rules.RuleMeta;
import io.maskgate.storage.KeyKind;
import io.maskgate.storage.Keys;
import io.maskgate.storage.Storage;
import io.maskgate.validation.ByteSize;
import io.maskgate.validation.ValidationOptions;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PushbackReader;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Reads one {@code zarr.json} from a {@link Storage} strictly: a regular file of bounded size, UTF-8, exactly one
 * JSON object, no duplicate keys, no trailing content. Every problem is a finding, never an exception.
 */
final class MetadataFile {

    /** Larger files are refused unread: real metadata is kilobytes, at most megabytes of attributes. */
    static final long DEFAULT_MAX_BYTES = ValidationOptions.DEFAULT_MAX_DOCUMENT_BYTES;

    private static final int MAX_NESTING = 1000;
    /**
     * Bytes per JSON token allowed on average: a tree node costs tens of bytes of heap, so a document of
     * millions of tiny keys or numbers would need far more heap than its size; real metadata averages more
     * (a trench_mapping of 60,000 records: 7 bytes per token, within the 16 MiB default's 2,097,152 tokens).
     */
    static final int MIN_BYTES_PER_TOKEN = 8;
    private static final char BOM = '\uFEFF';

    private final long maxBytes;
    private final ObjectMapper mapper;

    MetadataFile(long maxBytes) {
        this.maxBytes = maxBytes;
        // Strings may be as long as the file (a 50 MB attribute blob is legitimate); the document
        // length is capped at the size limit even if the file grows while being read.
        StreamReadConstraints constraints = StreamReadConstraints.builder()
                .maxStringLength((int) Math.min(Integer.MAX_VALUE, maxBytes))
                .maxDocumentLength(maxBytes)
                .maxNestingDepth(MAX_NESTING)
                .maxTokenCount(Math.max(100_000, maxBytes / MIN_BYTES_PER_TOKEN))
                .build();
        JsonFactory factory = JsonFactory.builder()
                .streamReadConstraints(constraints)
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .build();
        this.mapper = JsonMapper.builder(factory)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
                .build();
    }

    /** The document at {@code key}'s root object, or empty after reporting why there is none. */
    Optional<ObjectNode> read(Storage storage, String key, String relFile, FindingSink sink) {
        KeyKind kind = storage.kind(key);
        if (!kind.exists()) {
            String why = kind == KeyKind.BROKEN_LINK ? "zarr.json is a link to a missing file" : "zarr.json is missing";
            String folder = Keys.parent(key);
            if (storage.kind(Keys.join(folder, ".zarray")).exists() || storage.kind(Keys.join(folder, ".zgroup")).exists()) {
                why += "; the folder has Zarr v2 metadata (.zarray/.zgroup) instead";
            }
            report(sink, MetadataMissingRule.class, relFile, Location.NONE, why);
            return Optional.empty();
        }
        if (kind != KeyKind.FILE) {
            String what = kind == KeyKind.DIRECTORY ? "a directory" : "not a regular file";
            report(sink, MetadataNotRegularFileRule.class, relFile, Location.NONE, "zarr.json is " + what);
            return Optional.empty();
        }
        long size;
        try {
            size = storage.size(key);
        } catch (IOException e) {
            report(sink, MetadataUnreadableRule.class, relFile, Location.NONE, "cannot read zarr.json: " + describe(e));
            return Optional.empty();
        }
        if (size > maxBytes) {
            report(sink, MetadataTooLargeRule.class, relFile, Location.NONE, "zarr.json has " + size
                    + " bytes, more than the " + ByteSize.describe(maxBytes) + " (" + maxBytes + " bytes) maskgate reads; it was"
                    + " not parsed (raise the limit with " + ByteSize.MAX_DOCUMENT_OPTION + ")");
            return Optional.empty();
        }
        JsonNode root = parse(storage, key, relFile, sink);
        if (root == null) {
            return Optional.empty();
        }
        if (!root.isObject()) {
            report(sink, MetadataNotObjectRule.class, relFile, Location.pointer(""),
                    "the document is " + JsonText.describe(root) + ", not a JSON object");
            return Optional.empty();
        }
        return Optional.of((ObjectNode) root);
    }

    private JsonNode parse(Storage storage, String key, String relFile, FindingSink sink) {
        // Decode explicitly as UTF-8 and report malformed bytes: Jackson's byte-level auto-detection
        // would otherwise accept UTF-16/32 files, which the Zarr specification does not allow.
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        JsonParser parser = null;
        try (InputStream in = storage.newInputStream(key);
             Reader reader = skipBom(new PushbackReader(new BufferedReader(new InputStreamReader(in, decoder), 1 << 16)))) {
            parser = mapper.createParser(reader);
            JsonNode root = mapper.readTree(parser);
            if (root == null || root.isMissingNode()) {
                report(sink, MetadataNotJsonRule.class, relFile, Location.NONE, "zarr.json holds no JSON value (empty file)");
                return null;
            }
            return root;
        } catch (CharacterCodingException e) {
            report(sink, MetadataNotUtf8Rule.class, relFile, Location.NONE,
                    "zarr.json is not valid UTF-8: malformed byte sequence" + where(parser == null ? null : parser.currentLocation()));
        } catch (StreamConstraintsException e) {
            report(sink, MetadataTooLargeRule.class, relFile, Location.NONE, "zarr.json is beyond what maskgate parses"
                    + where(e.getLocation()) + ": " + constraint(e.getOriginalMessage()));
        } catch (JsonProcessingException e) {
            report(sink, MetadataNotJsonRule.class, relFile, Location.NONE,
                    "zarr.json is not valid JSON" + where(e.getLocation()) + ": " + withoutSourceNote(e.getOriginalMessage()));
        } catch (IOException | RuntimeException e) {
            // RuntimeException: a parser limit or bug must still end as a finding, never a crash.
            report(sink, MetadataUnreadableRule.class, relFile, Location.NONE, "cannot read zarr.json: " + describe(e));
        }
        return null;
    }

    /** Jackson's limit message without its API pointer, plus the option when the limit follows the size limit. */
    private static String constraint(String message) {
        String m = message == null ? "" : message.replaceAll(", from `StreamReadConstraints[^`]*`", "")
                .replaceAll(" \\(use `StreamReadConstraints[^`]*` to adjust\\)", "").strip();
        boolean sized = m.contains("Token count") || m.contains("Document length") || m.contains("String value length");
        return withoutSourceNote(m) + (sized ? " (the limits grow with " + ByteSize.MAX_DOCUMENT_OPTION + ")" : "");
    }

    private static Reader skipBom(PushbackReader reader) throws IOException {
        // A leading byte-order mark is tolerated, as Python's json module (used by zarr-python) does.
        int first = reader.read();
        if (first >= 0 && first != BOM) {
            reader.unread(first);
        }
        return reader;
    }

    private static String where(JsonLocation location) {
        if (location == null || location.getLineNr() < 1) {
            return "";
        }
        return " at line " + location.getLineNr() + ", column " + location.getColumnNr();
    }

    /** Jackson names a redacted source in nested locations ("[Source: REDACTED ...; line: 1, column: 1]"): keep line and column only. */
    static String withoutSourceNote(String message) {
        return message == null ? "" : message.replaceAll("\\[Source: [^\\]]*?line: (\\d+), column: (\\d+)\\]", "line $1, column $2");
    }

    private static String describe(Exception e) {
        String message = e.getMessage();
        return e.getClass().getSimpleName() + (message == null ? "" : ": " + message);
    }

    private static void report(FindingSink sink, Class<? extends Rule> rule, String file, Location location, String message) {
        sink.accept(RuleMeta.of(rule).finding(file, location, message));
    }
}

package io.maskgate.zarr;

import io.maskgate.rules.Finding;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import static io.maskgate.zarr.MetadataFixtures.ARRAY_31;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** zarr.json as a file: presence, kind, size, encoding, syntax, top-level type. */
class MetadataFileRulesTest {

    @TempDir
    Path tmp;
    MetadataFixtures fx;

    @BeforeEach
    void setUp() {
        fx = new MetadataFixtures(tmp);
    }

    @Test
    void missingFile() {
        Finding f = fx.array(tmp.resolve("zarr.json")).assertOnly("ZARR_METADATA_MISSING", null).findings().get(0);
        assertEquals("data/zarr.json", f.file());
    }

    @Test
    void missingFileBesideZarrV2MetadataSaysSo() throws IOException {
        Files.writeString(tmp.resolve(".zarray"), "{}");
        Finding f = fx.array(tmp.resolve("zarr.json")).assertOnly("ZARR_METADATA_MISSING", null).findings().get(0);
        assertTrue(f.message().contains("Zarr v2"), f.message());
    }

    @Test
    void directoryInsteadOfFile() throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("zarr.json"));
        fx.group(dir).assertOnly("ZARR_METADATA_NOT_REGULAR_FILE", null);
    }

    @Test
    void unreadableFile() throws IOException {
        Path file = fx.write(ARRAY_31);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("---------"));
        if (Files.isReadable(file)) {
            // root reads any file regardless of permissions; /proc/self/mem is a regular file whose first page fails with EIO
            file = Path.of("/proc/self/mem");
            assumeTrue(Files.isRegularFile(file), "needs a non-root user or Linux /proc");
        }
        fx.array(file).assertOnly("ZARR_METADATA_UNREADABLE", null);
    }

    @Test
    void fileOverTheSizeLimitIsNotParsed() {
        MetadataFixtures small = new MetadataFixtures(tmp, new ZarrMetadataReader(100));
        Finding f = small.array(ARRAY_31).assertOnly("ZARR_METADATA_TOO_LARGE", null).findings().get(0);
        assertTrue(f.message().contains("100 bytes"), f.message());
    }

    @Test
    void invalidUtf8() {
        byte[] bytes = ARRAY_31.replace("\"axis_names\"", "\"axis_n\u00e4mes\"").getBytes(StandardCharsets.ISO_8859_1);
        fx.array(fx.write(bytes)).assertOnly("ZARR_METADATA_NOT_UTF8", null);
    }

    @Test
    void utf16IsNotAccepted() {
        fx.array(fx.write(ARRAY_31.getBytes(StandardCharsets.UTF_16LE))).assertOnly("ZARR_METADATA_NOT_JSON", null);
    }

    @Test
    void syntaxErrorNamesLineAndColumn() {
        Finding f = fx.array("{\n  \"zarr_format\": 3,\n  \"node_type\": \"array\",,\n}").assertOnly("ZARR_METADATA_NOT_JSON", null)
                .findings().get(0);
        assertTrue(f.message().contains("line 3, column"), f.message());
    }

    @Test
    void truncatedDocument() {
        fx.array(ARRAY_31.substring(0, ARRAY_31.length() / 2)).assertOnly("ZARR_METADATA_NOT_JSON", null);
    }

    @Test
    void unclosedArrayNamesWhereItOpenedWithoutParserInternals() {
        Finding f = fx.array("[1,\n 2").assertOnly("ZARR_METADATA_NOT_JSON", null).findings().get(0);
        assertTrue(f.message().contains("line 1, column 1"), f.message());
        assertTrue(!f.message().contains("Source:") && !f.message().contains("REDACTED"), f.message());
    }

    @Test
    void duplicateKeyIsNotJson() {
        Finding f = fx.array(ARRAY_31.replace("\"fill_value\": 0,", "\"fill_value\": 0, \"fill_value\": 300,"))
                .assertOnly("ZARR_METADATA_NOT_JSON", null).findings().get(0);
        assertTrue(f.message().contains("fill_value"), f.message());
    }

    @Test
    void trailingContentIsNotJson() {
        fx.array(ARRAY_31 + " {}").assertOnly("ZARR_METADATA_NOT_JSON", null);
    }

    @Test
    void emptyFileIsNotJson() {
        fx.array("").assertOnly("ZARR_METADATA_NOT_JSON", null);
        fx.group("  \n ").assertOnly("ZARR_METADATA_NOT_JSON", null);
    }

    @Test
    void nanLiteralIsNotJson() {
        fx.array(ARRAY_31.replace("\"fill_value\": 0", "\"fill_value\": NaN")).assertOnly("ZARR_METADATA_NOT_JSON", null);
    }

    @Test
    void deepNestingIsAFindingNotAStackOverflow() {
        String deep = "[".repeat(5000) + "]".repeat(5000);
        // a parser limit, reported as such since the limits were made findings of their own (was ZARR_METADATA_NOT_JSON)
        Finding f = fx.array(ARRAY_31.replace("\"fill_value\": 0", "\"fill_value\": " + deep))
                .assertOnly("ZARR_METADATA_TOO_LARGE", null).findings().get(0);
        assertTrue(f.message().contains("nesting depth") && !f.message().contains("StreamReadConstraints"), f.message());
    }

    @Test
    void hugeAttributeIsRefusedBeforeReadingAndNamesTheOption() throws IOException {
        // a 150 MB zarr.json, sparse on disk: the size check must refuse it without reading a byte of it
        Path file = tmp.resolve("zarr.json");
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            raf.write("{\"zarr_format\": 3, \"node_type\": \"group\", \"attributes\": {\"blob\": \"".getBytes(StandardCharsets.UTF_8));
            raf.setLength(150L << 20);
        }
        Finding f = fx.group(file).assertOnly("ZARR_METADATA_TOO_LARGE", null).findings().get(0);
        assertTrue(f.message().contains("157286400 bytes") && f.message().contains("16 MiB")
                && f.message().contains("--max-document-size"), f.message());
    }

    @Test
    void millionsOfTinyKeysAreATokenLimitNotAnOutOfMemoryError() {
        // tokens are capped at one per 8 bytes of the limit: 3 MiB -> 393,216 tokens, here 400,000 in 2.2 MB
        MetadataFixtures limited = new MetadataFixtures(tmp, new ZarrMetadataReader(3L << 20));
        StringBuilder keys = new StringBuilder("{\"zarr_format\": 3, \"node_type\": \"group\", \"attributes\": {");
        for (int i = 0; i < 200_000; i++) {
            keys.append(i == 0 ? "" : ",").append("\"k").append(i).append("\":1");
        }
        Finding f = limited.group(keys.append("}}").toString()).assertOnly("ZARR_METADATA_TOO_LARGE", null).findings().get(0);
        assertTrue(f.message().contains("Token count") && f.message().contains("--max-document-size"), f.message());
    }

    @Test
    void millionsOfNumbersAreATokenLimitToo() {
        MetadataFixtures limited = new MetadataFixtures(tmp, new ZarrMetadataReader(1L << 20));
        String numbers = "1,".repeat(400_000) + "1";
        limited.group("{\"zarr_format\": 3, \"node_type\": \"group\", \"attributes\": {\"n\": [" + numbers + "]}}")
                .assertOnly("ZARR_METADATA_TOO_LARGE", null);
    }

    @Test
    void longUnicodeEscapedStringWithinTheLimitIsRead() {
        String escaped = "\\u00e9".repeat(200_000);
        fx.group("{\"zarr_format\": 3, \"node_type\": \"group\", \"attributes\": {\"s\": \"" + escaped + "\"}}").assertClean();
    }

    @Test
    void tenThousandCodecsAreRefusedBeforeParsingThem() {
        Finding f = fx.array(ARRAY_31, doc -> {
            var codecs = doc.withArray("codecs");
            for (int i = 0; i < 10_000; i++) {
                codecs.addObject().put("name", "crc32c");
            }
        }).assertOnly("ZARR_CODECS_TOO_MANY", "/codecs").findings().get(0);
        assertTrue(f.message().contains("10001 codecs") || f.message().contains("codecs;"), f.message());
    }

    @Test
    void topLevelArrayIsNotAnObject() {
        fx.array("[1, 2, 3]").assertOnly("ZARR_METADATA_NOT_OBJECT", "");
        fx.group("\"group\"").assertOnly("ZARR_METADATA_NOT_OBJECT", "");
        fx.group("null").assertOnly("ZARR_METADATA_NOT_OBJECT", "");
    }
}

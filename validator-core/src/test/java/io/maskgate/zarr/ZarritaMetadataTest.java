package io.maskgate.zarr;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertNotNull;

/** Documents written by another implementation (zarrita, see resources/io/maskgate/zarr/zarrita) are accepted as they are. */
class ZarritaMetadataTest {

    @TempDir
    Path tmp;

    @ParameterizedTest
    @ValueSource(strings = {"blosc_lz4_uint16", "gzip_uint8_missing_chunk", "sharded_crc32c", "transpose_uint16_be", "zstd_uint8"})
    void zarritaDocumentIsClean(String name) throws IOException {
        byte[] document;
        try (InputStream in = getClass().getResourceAsStream("zarrita/" + name + ".json")) {
            assertNotNull(in, name);
            document = in.readAllBytes();
        }
        MetadataFixtures fx = new MetadataFixtures(tmp);
        fx.array(fx.write(document)).assertClean();
    }
}

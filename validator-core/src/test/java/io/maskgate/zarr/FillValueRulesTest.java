package io.maskgate.zarr;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.maskgate.rules.Finding;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.file.Path;

import static io.maskgate.zarr.MetadataFixtures.ARRAY_31;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** fill_value form ({@code ZARR_FILL_VALUE_INVALID}) and range ({@code ZARR_FILL_VALUE_RANGE}) per data type. */
class FillValueRulesTest {

    @TempDir
    Path tmp;
    MetadataFixtures fx;

    @BeforeEach
    void setUp() {
        fx = new MetadataFixtures(tmp);
    }

    /** The fill value is spliced in as text so numbers keep their exact spelling (1e309 must not become Infinity). */
    private MetadataFixtures.Result<ZarrArrayMetadata> withFill(String dataType, String fill) {
        ObjectNode doc = MetadataFixtures.edited(ARRAY_31, d -> {
            d.set("data_type", MetadataFixtures.parse("{\"v\": " + dataType + "}").get("v"));
            d.put("fill_value", "__FILL__");
            d.set("codecs", MetadataFixtures.parse("{\"c\": [{\"name\": \"bytes\", \"configuration\": {\"endian\": \"little\"}}]}").get("c"));
        });
        return fx.array(doc.toString().replace("\"__FILL__\"", fill));
    }

    @Test
    void uint8Fill300IsOutOfRangeNotWrapped() {
        Finding f = fx.array(ARRAY_31, d -> d.put("fill_value", 300)).assertOnly("ZARR_FILL_VALUE_RANGE", "/fill_value")
                .findings().get(0);
        assertTrue(f.message().contains("0..255"), f.message());
    }

    @ParameterizedTest(name = "{0} fill {1}")
    @CsvSource(delimiter = '|', value = {
            "\"uint8\"|-1", "\"int8\"|128", "\"int8\"|-129", "\"uint64\"|18446744073709551616",
            "\"int64\"|9223372036854775808", "\"uint16\"|65536", "\"float16\"|65520", "\"float32\"|1e39",
            "\"float64\"|-1e309"})
    void outOfRange(String dataType, String fill) {
        withFill(dataType, fill).assertOnly("ZARR_FILL_VALUE_RANGE", "/fill_value");
    }

    @Test
    void rawByteOutOfRange() {
        withFill("\"r16\"", "[0, 256]").assertOnly("ZARR_FILL_VALUE_RANGE", "/fill_value/1");
    }

    @ParameterizedTest(name = "{0} fill {1}")
    @CsvSource(delimiter = '|', value = {
            "\"uint8\"|\"0\"", "\"uint8\"|1.5", "\"uint8\"|0.0", "\"uint8\"|true", "\"uint8\"|null", "\"uint8\"|[0]",
            "\"bool\"|0", "\"bool\"|\"true\"", "\"float32\"|\"nan\"", "\"float32\"|\"inf\"", "\"float32\"|\"0x7fc0\"",
            "\"float64\"|\"0x7ff8000000000000ff\"", "\"float32\"|\"0xzzzzzzzz\"", "\"float64\"|[1.0]", "\"complex64\"|1.0",
            "\"complex64\"|[1.0]", "\"complex128\"|[1, 2, 3]", "\"r16\"|[0]", "\"r16\"|0"})
    void invalidForm(String dataType, String fill) {
        withFill(dataType, fill).assertOnly("ZARR_FILL_VALUE_INVALID", "/fill_value");
    }

    @Test
    void complexComponentInvalid() {
        withFill("\"complex64\"", "[1.0, \"i\"]").assertOnly("ZARR_FILL_VALUE_INVALID", "/fill_value/1");
    }

    @Test
    void complexComponentOutOfRange() {
        withFill("\"complex64\"", "[1e39, 0]").assertOnly("ZARR_FILL_VALUE_RANGE", "/fill_value/0");
    }

    @Test
    void rawByteNotAnInteger() {
        withFill("\"r16\"", "[0, \"ff\"]").assertOnly("ZARR_FILL_VALUE_INVALID", "/fill_value/1");
    }

    @Test
    void fillValueIsNotJudgedAgainstAnUnknownDataType() {
        fx.array(ARRAY_31, d -> {
            d.put("data_type", "uint9");
            d.put("fill_value", "x");
        }).assertOnly("ZARR_DATA_TYPE", "/data_type");
    }

    @Test
    void nullFillValueAsZarritaWritesIt() {
        Finding f = fx.array(ARRAY_31, d -> d.putNull("fill_value"))
                .assertOnly("ZARR_FILL_VALUE_INVALID", "/fill_value").findings().get(0);
        assertTrue(f.message().contains("null"), f.message());
    }
}

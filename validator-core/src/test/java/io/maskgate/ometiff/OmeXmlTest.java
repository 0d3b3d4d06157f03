package io.maskgate.ometiff;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Reading OME-XML with the OME data model: absent optional parts, and model failures named by element. */
class OmeXmlTest {

    static final String NS = "http://www.openmicroscopy.org/Schemas/OME/2016-06";

    static String doc(String pixelsAttributes, String pixelsContent) {
        return "<OME xmlns='" + NS + "'><Image ID='Image:0'><Pixels ID='Pixels:0' DimensionOrder='XYZCT' SizeX='4' SizeY='3'"
                + " SizeZ='1' SizeC='1' SizeT='1' " + pixelsAttributes + ">" + pixelsContent + "</Pixels></Image></OME>";
    }

    static OmeXmlInfo read(String xml) throws OmeXml.ParseException {
        return OmeXml.read(OmeXml.parseDom(xml));
    }

    @Test
    void everyOptionalPartMayBeAbsent() throws Exception {
        // no OME@UUID, no PhysicalSize, no Channel, a TiffData without any attribute or UUID child
        OmeXmlInfo x = read(doc("Type='uint8'", "<TiffData/>"));
        assertNull(x.uuid());
        assertEquals(1, x.imageCount());
        assertEquals("uint8", x.pixelType());
        assertNull(x.physicalSizeX());
        assertNull(x.physicalSizeXUnit());
        assertEquals(List.of(), x.channels());
        assertEquals(List.of(new OmeXmlInfo.TiffData(null, null, null, null, null, null, null)), x.tiffData());
    }

    @Test
    void aChannelWithoutNameOrSamplesAndATiffDataWithoutUuid() throws Exception {
        OmeXmlInfo x = read(doc("Type='uint16'", "<Channel ID='Channel:0:0'/><TiffData IFD='0' PlaneCount='1'/>"));
        assertEquals(List.of(new OmeXmlInfo.Channel("Channel:0:0", null, null)), x.channels());
        assertEquals(List.of(new OmeXmlInfo.TiffData(0, null, null, null, 1, null, null)), x.tiffData());
        assertEquals(1L, x.effectiveSizeC());
    }

    @Test
    void noImageIsReadAsNoImage() throws Exception {
        OmeXmlInfo x = read("<OME xmlns='" + NS + "' UUID='urn:uuid:0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0'/>");
        assertEquals(0, x.imageCount());
        assertEquals("urn:uuid:0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0", x.uuid());
    }

    @Test
    void aModelFailureNamesTheElementNeverTheExceptionText() {
        OmeXml.ParseException bad = assertThrows(OmeXml.ParseException.class,
                () -> read(doc("Type='uint8'", "<TiffData IFD='0'/><TiffData IFD='x'/>")));
        assertEquals("the OME data model cannot read Image 0 › Pixels › TiffData 1", bad.getMessage());

        OmeXml.ParseException type = assertThrows(OmeXml.ParseException.class, () -> read(doc("Type='bogus'", "")));
        assertEquals("the OME data model cannot read Image 0 › Pixels", type.getMessage());
        assertFalse(type.getMessage().contains("bogus"), "no exception text: " + type.getMessage());
    }

    @Test
    void effectiveChannelsCountChannelsNotSamples() {
        OmeXmlInfo rgb = info(3L, List.of(new OmeXmlInfo.Channel("Channel:0:0", "rgb", 3)));
        assertEquals(1L, rgb.effectiveSizeC());
        assertEquals(true, rgb.samplesInSizeC());
        OmeXmlInfo twoRgb = info(6L, List.of(new OmeXmlInfo.Channel("c0", "a", 3), new OmeXmlInfo.Channel("c1", "b", 3)));
        assertEquals(2L, twoRgb.effectiveSizeC());
        OmeXmlInfo masks = info(2L, List.of(new OmeXmlInfo.Channel("c0", "a", 1), new OmeXmlInfo.Channel("c1", "b", null)));
        assertEquals(2L, masks.effectiveSizeC());
        assertEquals(false, masks.samplesInSizeC());
        // samples that do not add up to SizeC do not explain it: SizeC stays the channel count
        assertEquals(3L, info(3L, List.of(new OmeXmlInfo.Channel("c0", "a", 2))).effectiveSizeC());
    }

    private static OmeXmlInfo info(Long sizeC, List<OmeXmlInfo.Channel> channels) {
        return new OmeXmlInfo(null, 1, "XYCZT", "uint8", 4L, 3L, 1L, sizeC, 1L, null, null, null, null, channels, List.of());
    }
}

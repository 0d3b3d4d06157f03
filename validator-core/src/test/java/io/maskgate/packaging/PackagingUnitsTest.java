package io.maskgate.packaging;

import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PackagingUnitsTest {

    @Test
    void theTemplateParsesAndLacksExactlyTheBlankRequiredValues() throws Exception {
        var root = JsonMapper.builder().enable(JsonReadFeature.ALLOW_JAVA_COMMENTS).build().readTree(SubmissionFile.template());
        SubmissionFile.Result r = SubmissionFile.check(root);
        assertEquals(List.of("/parent_dataset_id", "/derived_dataset_protocol_doi", "/mask/mask_id", "/mask/protocol_doi",
                "/contributors/0/first_name", "/contributors/0/last_name", "/contributors/0/display_name",
                "/contributors/0/affiliation", "/contributors/0/orcid"), r.missing());
        assertEquals(List.of(), r.invalid(), "a blank value is missing, not invalid");
    }

    @Test
    void decimalsAreShortFixedAndLocaleFree() {
        assertEquals("3", Decimal.text(3.0));
        assertEquals("0.1079", Decimal.text(0.107869821220548));
        assertEquals("12.5", Decimal.text(12.5));
        assertEquals("-0.25", Decimal.text(-0.25));
        assertEquals("0", Decimal.text(-0.00001));
        assertThrows(IllegalArgumentException.class, () -> Decimal.text(Double.NaN));
    }

    @Test
    void frameObjectsMeasureAreaBoxAxesAndContacts() {
        int w = 8;
        int h = 6;
        byte[] f = new byte[w * h];
        for (int y = 1; y <= 4; y++) {          // label 3: a 2 x 4 bar at x 1..2
            f[y * w + 1] = 3;
            f[y * w + 2] = 3;
        }
        f[2 * w + 3] = 5;                          // label 5 touches label 3 on its right
        f[5 * w + 7] = 9;                          // label 9 alone in a corner
        FrameObjects o = new FrameObjects(w, h);
        o.measure(f, 0);
        assertEquals(3, o.labelCount);
        assertEquals(List.of(3, 5, 9), List.of(o.labels[0], o.labels[1], o.labels[2]));
        assertEquals(8, o.count[3]);
        assertEquals(1.5, o.centroidX(3));
        assertEquals(2.5, o.centroidY(3));
        assertEquals(List.of(1, 1, 2, 4), List.of(o.minX[3], o.minY[3], o.maxX[3], o.maxY[3]));
        double[] axes = new double[2];
        o.axes(3, axes);
        assertTrue(axes[0] > axes[1] * 2, "the bar is longer than wide: " + axes[0] + " vs " + axes[1]);
        assertEquals(1, o.pairCount);
        assertEquals(3 << 8 | 5, o.pairs[0]);
        // reused for the next frame: nothing of the first one stays
        o.measure(new byte[w * h], 0);
        assertEquals(0, o.labelCount);
        assertEquals(0, o.pairCount);
        assertEquals(0, o.count[3]);
        assertEquals(3, FrameObjects.countLabels(f, 0, w * h, new boolean[256]));
    }

    @Test
    void theSmallestPixelTypeHoldsTheLargestId() {
        assertEquals("uint8", MaskNaming.pixelType(255));
        assertEquals("uint16", MaskNaming.pixelType(256));
        assertEquals("uint32", MaskNaming.pixelType(70_000));
        assertThrows(SourceDataException.class, () -> MaskNaming.pixelType(1L << 32));
    }

    @Test
    void flippedTrenchesArePutBackUpsideDown() {
        TrenchRecord up = new TrenchRecord(0, "XYPos:0", 100, 400, false);
        TrenchRecord down = new TrenchRecord(1, "XYPos:0", 100, 400, true);
        assertEquals(410.0, up.frameY(10, 164));
        assertEquals(400 + 163 - 10, down.frameY(10, 164));
        assertEquals(105.0, down.frameX(5));
    }
}

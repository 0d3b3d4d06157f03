package io.maskgate.rules;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class LocationTest {

    @Test
    void columnLettersAreExcelTrue() {
        assertEquals("A", Location.columnLetters(1));
        assertEquals("Z", Location.columnLetters(26));
        assertEquals("AA", Location.columnLetters(27));
        assertEquals("XFD", Location.columnLetters(16384));
    }

    @Test
    void describesEachKind() {
        assertEquals("/shape/0", Location.pointer("/shape/0").describe());
        assertEquals("hypothesis 3 (epoch 800), trench 12, time 40, label 5", Location.mask(3, 800, 12, 40, 5).describe());
        assertEquals("cell C12", Location.cell(12, 3).describe());
        assertEquals("channel 1, plane 0, pixel (x=10, y=20)", Location.pixel(1, 0, 10L, 20L).describe());
        assertEquals("", Location.NONE.describe());
        assertEquals("IFD 2, pixel (x=0, y=7)", Location.ifd(2, 0L, 7L).describe());
        assertEquals("label 4294967295, channel 0, plane 3, box (x 1–9, y 2–5)",
                Location.pixel(0, 3, null, null).withLabel(4_294_967_295L, new Location.Box(1, 2, 9, 5)).describe());
    }

    @Test
    void ordersNumericallyWithNullsFirst() {
        List<Location> list = new ArrayList<>(List.of(Location.mask(0, 50, 10, 2, 1), Location.mask(0, 50, 9, 5, 1),
                Location.NONE, Location.mask(0, 50, 10, 1, null)));
        list.sort(Location.ORDER);
        assertEquals(List.of(Location.NONE, Location.mask(0, 50, 9, 5, 1), Location.mask(0, 50, 10, 1, null),
                Location.mask(0, 50, 10, 2, 1)), list);
    }
}

package io.maskgate.packaging;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code --objects-format xlsx} is refused, naming the datasets, exactly when a table would not fit one sheet. */
class SheetOverflowTest {

    @Test
    void aTableThatFillsTheSheetExactlyFitsAndOneMoreRowDoesNot() {
        assertNull(Packager.sheetOverflow(List.of("epoch-50", "epoch-3999"), List.of(90L, 90L), 10, 100));
        String m = Packager.sheetOverflow(List.of("epoch-50", "epoch-3999"), List.of(90L, 91L), 10, 100);
        assertTrue(m.contains("epoch-3999 has 91 objects") && !m.contains("epoch-50"), m);
        assertTrue(m.contains("100 rows including the 10-row header block") && m.contains("nothing was written")
                && m.contains("--objects-format tsv"), m);
    }
}

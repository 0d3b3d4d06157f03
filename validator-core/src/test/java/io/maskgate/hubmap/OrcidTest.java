package io.maskgate.hubmap;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class OrcidTest {

    @Test
    void documentedExamplesValidate() {
        // ORCID's own examples (support pages): the X case included
        assertTrue(Orcid.checksumValid("0000-0002-1825-0097"));
        assertTrue(Orcid.checksumValid("0000-0001-5109-3700"));
        assertTrue(Orcid.checksumValid("0000-0002-1694-233X"));
        assertEquals('X', Orcid.checkDigit("0000-0002-1694-233"));
    }

    @Test
    void everySingleDigitTypoIsCaught() {
        String id = "0000000218250097";
        for (int i = 0; i < 15; i++) {
            for (char d = '0'; d <= '9'; d++) {
                if (d == id.charAt(i)) {
                    continue;
                }
                String typo = id.substring(0, i) + d + id.substring(i + 1);
                assertFalse(Orcid.checksumValid(typo), typo);
            }
        }
        assertFalse(Orcid.checksumValid("0000-0002-1825-0098"));
        assertFalse(Orcid.checksumValid("0000-0002-1825-009"));
        assertFalse(Orcid.checksumValid("0000-0002-1825-009\u0667"));
        assertThrows(IllegalArgumentException.class, () -> Orcid.checkDigit("0000-0002"));
    }
}

package io.maskgate.io;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SafeTextTest {

    @Test
    void controlCharactersBecomeVisibleEscapes() {
        assertEquals("a\\nb\\x1b[31mred", SafeText.escape("a\nb\u001b[31mred"));
        assertEquals("\\t\\r\\x00\\x7f\\x9b", SafeText.escape("\t\r\u0000\u007f\u009b"));
    }

    @Test
    void bidiOverridesAndInvisibleCharactersAreEscaped() {
        assertEquals("exe.\\u202etxt", SafeText.escape("exe.\u202etxt"));
        assertEquals("\\u200b\\u2066\\u2028\\ufeff\\u061c", SafeText.escape("\u200b\u2066\u2028\ufeff\u061c"));
    }

    @Test
    void unpairedSurrogatesAreEscapedPairsKept() {
        assertEquals("\\ud800x", SafeText.escape("\ud800x"));
        assertEquals("x\\udc00", SafeText.escape("x\udc00"));
        String pair = "cell \uD83E\uDDA0";
        assertSame(pair, SafeText.escape(pair));
    }

    @Test
    void ordinaryTextIsReturnedAsItIs() {
        String s = "Zelle überlappt µm² 細胞 C:\\path \"quoted\"";
        assertSame(s, SafeText.escape(s));
        assertFalse(SafeText.isUnsafeAt(s, 0));
    }

    @Test
    void newlinesCanBeKeptForMultiLineTextOfTheTool() {
        assertEquals("line one\nline \\x1b two", SafeText.escapeKeepingNewlines("line one\nline \u001b two"));
        assertTrue(SafeText.isUnsafeAt("\n", 0));
    }
}

package io.maskgate.hubmap;

import org.junit.jupiter.api.Test;

import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PythonRegexTest {

    @Test
    void dotExcludesOnlyNewlineAsInPython() {
        Pattern p = PythonRegex.compile("a.b");
        assertTrue(p.matcher("a\rb").matches());
        assertTrue(p.matcher("a\u2028b").matches());
        assertFalse(p.matcher("a\nb").matches());
        assertFalse(Pattern.compile("a.b").matcher("a\rb").matches(), "plain Java differs, which is why the flag is set");
    }

    @Test
    void wordAndDigitClassesAreUnicodeAsInPython3() {
        assertTrue(PythonRegex.compile("\\w+").matcher("Zürich_ß1").matches());
        assertTrue(PythonRegex.compile("\\d").matcher("\u0663").matches());
    }

    @Test
    void pythonOnlySyntaxIsTranslated() {
        assertEquals("(?<x>a)\\k<x>", PythonRegex.translate("(?P<x>a)(?P=x)"));
        assertTrue(PythonRegex.compile("(?P<x>ab)-(?P=x)").matcher("ab-ab").matches());
        assertEquals("a\\z", PythonRegex.translate("a\\Z"));
        assertEquals("[\\Z]", PythonRegex.translate("[\\Z]"));
        assertEquals("[]a]", PythonRegex.translate("[]a]").replace("\\]", "]"));
        assertEquals("[^\\/]+\\.x", PythonRegex.translate("[^\\/]+\\.x"));
    }

    @Test
    void trailingDollarAddsNothingUnderFullMatch() {
        for (String s : new String[] {"derived/a.csv", "derived/a.csv\n", "derived/a.csvx"}) {
            assertEquals(PythonRegex.compile("derived\\/[^\\/]+\\.csv").matcher(s).matches(),
                    PythonRegex.compile("derived\\/[^\\/]+\\.csv$").matcher(s).matches(), s);
        }
    }
}

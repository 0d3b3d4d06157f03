package io.maskgate.report.writer;

import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;
import io.maskgate.io.SafeText;

import java.util.Locale;

/**
 * JSON string escapes for the JSON and SARIF reports: besides what JSON requires (C0 controls, quote, backslash),
 * DEL, C1 controls, bidi overrides and invisible format characters ({@link SafeText}) are written as
 * {@code \\uXXXX}, so a report viewed raw (a terminal, a CI log, a code-scanning page) shows them, while a JSON
 * parser still reads back the exact text.
 */
final class JsonEscapes extends CharacterEscapes {

    private static final long serialVersionUID = 1L;

    private final int[] ascii;

    JsonEscapes() {
        ascii = standardAsciiEscapesForJSON();
        ascii[0x7F] = ESCAPE_STANDARD;
    }

    @Override
    public int[] getEscapeCodesForAscii() {
        return ascii;
    }

    @Override
    public SerializableString getEscapeSequence(int ch) {
        // Surrogates come in pairs here: the generator itself rejects or encodes them.
        if (ch > 0xFFFF || Character.isSurrogate((char) ch) || !SafeText.isUnsafeAt(String.valueOf((char) ch), 0)) {
            return null;
        }
        return new SerializedString(String.format(Locale.ROOT, "\\u%04x", ch));
    }
}

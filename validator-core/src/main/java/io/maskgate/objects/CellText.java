package io.maskgate.objects;

import java.math.BigDecimal;

/** How cell values become text, identically for TSV and XLSX (so both formats give the same findings). */
final class CellText {

    /** Largest magnitude below which every integer-valued double is exact (2^53). */
    private static final double EXACT_INTEGER_LIMIT = 9_007_199_254_740_992d;

    private CellText() {
    }

    /**
     * The text of a numeric spreadsheet cell: integers without a decimal point ({@code 12}, not
     * {@code 12.0}, as Excel shows them), other values in plain decimal notation.
     */
    static String number(double d) {
        if (Double.isNaN(d) || Double.isInfinite(d)) {
            return Double.toString(d);
        }
        if (d == Math.rint(d) && Math.abs(d) < EXACT_INTEGER_LIMIT) {
            return Long.toString((long) d);
        }
        return BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
    }

    /** True when {@code text} is what {@link #number(double)} gives for its own value: safe to store as a number. */
    static boolean isCanonicalNumber(String text) {
        if (text.isEmpty() || !ValueFormats.isFloat(text) || text.startsWith("+")) {
            return false;
        }
        try {
            return number(Double.parseDouble(text)).equals(text);
        } catch (NumberFormatException e) {
            return false;
        }
    }

    /** A value shortened for a message. */
    static String quote(String value) {
        String v = value.length() > 80 ? value.substring(0, 77) + "..." : value;
        return "'" + v + "'";
    }
}

package io.maskgate.packaging;

/**
 * Fixed-point text of a double with at most four decimals and no trailing zeros ({@code 12.5}, {@code 3},
 * {@code 0.1079}): deterministic, locale-free, and far cheaper than {@code String.format} over millions of rows.
 */
final class Decimal {

    private static final long SCALE = 10_000;

    private Decimal() {
    }

    static void append(StringBuilder sb, double v) {
        if (!Double.isFinite(v)) {
            throw new IllegalArgumentException("not a finite number: " + v);
        }
        long scaled = Math.round(Math.abs(v) * SCALE);
        if (v < 0 && scaled != 0) {
            sb.append('-');
        }
        sb.append(scaled / SCALE);
        long frac = scaled % SCALE;
        if (frac != 0) {
            sb.append('.');
            long div = SCALE / 10;
            while (frac != 0) {
                sb.append((char) ('0' + frac / div));
                frac %= div;
                div /= 10;
            }
        }
    }

    static String text(double v) {
        StringBuilder sb = new StringBuilder(16);
        append(sb, v);
        return sb.toString();
    }
}

package io.maskgate.report.writer;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.function.DoubleFunction;

/** Charts as inline SVG, drawn in Java: the HTML report needs no script and no network. */
final class Svg {

    private static final int WIDTH = 760;
    private static final int HEIGHT = 300;
    private static final int LEFT = 64;
    private static final int RIGHT = 150;
    private static final int TOP = 16;
    private static final int BOTTOM = 48;
    /** Heat-map colours from few (light yellow) to many (dark purple), interpolated. */
    private static final int[] HEAT = {0xFFF7BC, 0xFEC44F, 0xF03B20, 0x9E0142, 0x3F007D};

    private Svg() {
    }

    /** One line of a chart: a name for the legend and one value per x position (NaN: no point). */
    record Series(String name, double[] values) {
    }

    /**
     * A line chart of {@code series} over the categories {@code xLabels}, with axis titles; every point also
     * carries its value as a tooltip.
     */
    static void lineChart(Html html, String caption, String xTitle, String yTitle, List<String> xLabels,
                          List<Series> series) throws IOException {
        double max = 0;
        for (Series s : series) {
            for (double v : s.values()) {
                if (!Double.isNaN(v)) {
                    max = Math.max(max, v);
                }
            }
        }
        max = niceCeiling(max);
        int plotW = WIDTH - LEFT - RIGHT;
        int plotH = HEIGHT - TOP - BOTTOM;
        int n = Math.max(1, xLabels.size());
        html.raw("<figure><svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" width=\"" + WIDTH + "\" height=\""
                + HEIGHT + "\" viewBox=\"0 0 " + WIDTH + " " + HEIGHT + "\"><title>").text(caption).raw("</title>");
        html.raw("<rect x=\"" + LEFT + "\" y=\"" + TOP + "\" width=\"" + plotW + "\" height=\"" + plotH
                + "\" fill=\"#fafafa\" stroke=\"#999\"/>");
        for (int k = 0; k <= 4; k++) {
            double v = max * k / 4;
            double y = TOP + plotH - plotH * k / 4.0;
            html.raw("<line x1=\"" + LEFT + "\" x2=\"" + (LEFT + plotW) + "\" y1=\"" + fmt(y) + "\" y2=\"" + fmt(y)
                    + "\" stroke=\"#ddd\"/><text x=\"" + (LEFT - 6) + "\" y=\"" + fmt(y + 4)
                    + "\" text-anchor=\"end\" font-size=\"11\">" + fmt(v) + "</text>");
        }
        int step = Math.max(1, (int) Math.ceil(n / 12.0));
        for (int i = 0; i < xLabels.size(); i += step) {
            html.raw("<text x=\"" + fmt(x(i, n, plotW)) + "\" y=\"" + (TOP + plotH + 16)
                    + "\" text-anchor=\"middle\" font-size=\"11\">").text(xLabels.get(i)).raw("</text>");
        }
        html.raw("<text x=\"" + (LEFT + plotW / 2) + "\" y=\"" + (HEIGHT - 8) + "\" text-anchor=\"middle\" font-size=\"12\">")
                .text(xTitle).raw("</text>");
        html.raw("<text transform=\"translate(14," + (TOP + plotH / 2) + ") rotate(-90)\" text-anchor=\"middle\" font-size=\"12\">")
                .text(yTitle).raw("</text>");
        for (int s = 0; s < series.size(); s++) {
            Series line = series.get(s);
            String colour = colour(s, series.size());
            StringBuilder points = new StringBuilder();
            StringBuilder dots = new StringBuilder();
            for (int i = 0; i < line.values().length && i < n; i++) {
                double v = line.values()[i];
                if (Double.isNaN(v)) {
                    continue;
                }
                String px = fmt(x(i, n, plotW));
                String py = fmt(TOP + plotH - (max == 0 ? 0 : plotH * v / max));
                points.append(px).append(',').append(py).append(' ');
                dots.append("<circle cx=\"").append(px).append("\" cy=\"").append(py).append("\" r=\"2.5\" fill=\"")
                        .append(colour).append("\"><title>").append(Html.escape(line.name() + ", " + xLabels.get(i)
                                + ": " + fmt(v))).append("</title></circle>");
            }
            html.raw("<polyline fill=\"none\" stroke-width=\"1.5\" stroke=\"" + colour + "\" points=\""
                    + points.toString().strip() + "\"/>").raw(dots.toString());
            int ly = TOP + 12 + s * 15;
            if (ly < HEIGHT - 10) {
                html.raw("<rect x=\"" + (WIDTH - RIGHT + 12) + "\" y=\"" + (ly - 9) + "\" width=\"10\" height=\"10\" fill=\""
                        + colour + "\"/><text x=\"" + (WIDTH - RIGHT + 26) + "\" y=\"" + ly + "\" font-size=\"11\">")
                        .text(line.name()).raw("</text>");
            }
        }
        html.raw("</svg><figcaption>").text(caption).raw("</figcaption></figure>\n");
    }

    /**
     * A heat map of {@code counts[row][column]}, colour on a logarithmic scale, zero in grey; each cell's tooltip
     * gives its labels and count.
     */
    static void heatMap(Html html, String caption, String rowTitle, List<String> rowLabels, String columnTitle,
                        List<String> columnLabels, long[][] counts) throws IOException {
        long peak = 1;
        double[][] values = new double[counts.length][];
        for (int r = 0; r < counts.length; r++) {
            values[r] = new double[counts[r].length];
            for (int c = 0; c < counts[r].length; c++) {
                peak = Math.max(peak, counts[r][c]);
                values[r][c] = counts[r][c];
            }
        }
        long max = peak;
        double[] legend = new double[HEAT.length];
        for (int k = 0; k < HEAT.length; k++) {
            legend[k] = Math.round(Math.pow((double) max, k / (double) (HEAT.length - 1)));
        }
        grid(html, caption, rowTitle, rowLabels, columnTitle, columnLabels, values,
                v -> heat((long) v, max), v -> Html.number((long) v), legend);
    }

    /**
     * A heat map of shares {@code shares[row][column]} from 0 to 1, colour on a linear scale (the palette of
     * {@link #heatMap}), zero in grey; each cell's tooltip gives its labels and the share as a percentage.
     */
    static void shareHeatMap(Html html, String caption, String rowTitle, List<String> rowLabels, String columnTitle,
                             List<String> columnLabels, double[][] shares) throws IOException {
        double[] legend = {0, 0.25, 0.5, 0.75, 1};
        grid(html, caption, rowTitle, rowLabels, columnTitle, columnLabels, shares, Svg::shareColour,
                v -> fmt(Math.round(v * 1000) / 10.0) + "%", legend);
    }

    /** Colour of a share from 0 to 1: grey at zero (nothing there), then the heat palette, linear. */
    static String shareColour(double share) {
        if (!(share > 0)) {
            return "#eeeeee";
        }
        return interpolate(Math.min(1, share) * (HEAT.length - 1));
    }

    /** The layout shared by the heat maps: labelled rows and columns of cells, then a legend of {@code legend}. */
    private static void grid(Html html, String caption, String rowTitle, List<String> rowLabels, String columnTitle,
                             List<String> columnLabels, double[][] values, DoubleFunction<String> colour,
                             DoubleFunction<String> label, double[] legend) throws IOException {
        int rows = rowLabels.size();
        int columns = columnLabels.size();
        int cellW = Math.max(2, Math.min(24, 640 / Math.max(1, columns)));
        int cellH = Math.max(6, Math.min(20, 400 / Math.max(1, rows)));
        int left = 70;
        int top = 10;
        int width = left + cellW * columns + 20;
        int height = top + cellH * rows + 70;
        html.raw("<figure><svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" width=\"" + width + "\" height=\""
                + height + "\" viewBox=\"0 0 " + width + " " + height + "\"><title>").text(caption).raw("</title>");
        for (int r = 0; r < rows; r++) {
            int y = top + r * cellH;
            if (cellH >= 9 || r % Math.max(1, 9 / cellH + 1) == 0) {
                html.raw("<text x=\"" + (left - 4) + "\" y=\"" + (y + cellH - 2) + "\" text-anchor=\"end\" font-size=\"10\">")
                        .text(rowLabels.get(r)).raw("</text>");
            }
            for (int c = 0; c < columns; c++) {
                double v = values[r][c];
                html.raw("<rect x=\"" + (left + c * cellW) + "\" y=\"" + y + "\" width=\"" + cellW + "\" height=\"" + cellH
                        + "\" fill=\"" + colour.apply(v) + "\"><title>").text(rowTitle + " " + rowLabels.get(r) + ", "
                        + columnTitle + " " + columnLabels.get(c) + ": " + label.apply(v)).raw("</title></rect>");
            }
        }
        int labelStep = Math.max(1, (int) Math.ceil(columns * 40.0 / Math.max(1, cellW * columns)));
        for (int c = 0; c < columns; c += labelStep) {
            html.raw("<text x=\"" + (left + c * cellW + cellW / 2) + "\" y=\"" + (top + rows * cellH + 14)
                    + "\" text-anchor=\"middle\" font-size=\"10\">").text(columnLabels.get(c)).raw("</text>");
        }
        html.raw("<text x=\"" + (left + cellW * columns / 2) + "\" y=\"" + (top + rows * cellH + 32)
                + "\" text-anchor=\"middle\" font-size=\"12\">").text(columnTitle).raw("</text>");
        int legendY = top + rows * cellH + 44;
        for (int k = 0; k < legend.length; k++) {
            html.raw("<rect x=\"" + (left + k * 70) + "\" y=\"" + legendY + "\" width=\"14\" height=\"12\" fill=\""
                    + colour.apply(legend[k]) + "\"/><text x=\"" + (left + k * 70 + 18) + "\" y=\"" + (legendY + 10)
                    + "\" font-size=\"10\">" + Html.escape(label.apply(legend[k])) + "</text>");
        }
        html.raw("</svg><figcaption>").text(caption).raw("</figcaption></figure>\n");
    }

    private static double x(int i, int n, int plotW) {
        return LEFT + (n == 1 ? plotW / 2.0 : plotW * i / (double) (n - 1));
    }

    /** 1, 2 or 5 times a power of ten, at least {@code v}. */
    static double niceCeiling(double v) {
        if (v <= 0) {
            return 1;
        }
        double p = Math.pow(10, Math.floor(Math.log10(v)));
        for (double m : new double[] {1, 2, 5, 10}) {
            if (m * p >= v) {
                return m * p;
            }
        }
        return 10 * p;
    }

    /** Distinct colours for {@code n} series: hues spread around the circle, alternating lightness. */
    static String colour(int i, int n) {
        double hue = (i * 360.0 / Math.max(1, n) + 210) % 360;
        double light = i % 2 == 0 ? 0.42 : 0.55;
        return hex(hslToRgb(hue, 0.7, light));
    }

    private static String heat(long v, long max) {
        if (v <= 0) {
            return "#eeeeee";
        }
        double t = max <= 1 ? 1 : Math.log((double) v) / Math.log((double) max);
        return interpolate(Math.min(1, Math.max(0, t)) * (HEAT.length - 1));
    }

    /** The heat palette at {@code pos} from 0 to {@code HEAT.length - 1}, interpolated between its colours. */
    private static String interpolate(double pos) {
        int k = Math.min(HEAT.length - 2, (int) pos);
        double f = pos - k;
        int a = HEAT[k];
        int b = HEAT[k + 1];
        int rgb = 0;
        for (int shift = 16; shift >= 0; shift -= 8) {
            int ca = (a >> shift) & 0xFF;
            int cb = (b >> shift) & 0xFF;
            rgb |= ((int) Math.round(ca + (cb - ca) * f)) << shift;
        }
        return hex(rgb);
    }

    private static int hslToRgb(double h, double s, double l) {
        double c = (1 - Math.abs(2 * l - 1)) * s;
        double hp = h / 60;
        double x = c * (1 - Math.abs(hp % 2 - 1));
        double r = 0;
        double g = 0;
        double b = 0;
        if (hp < 1) {
            r = c;
            g = x;
        } else if (hp < 2) {
            r = x;
            g = c;
        } else if (hp < 3) {
            g = c;
            b = x;
        } else if (hp < 4) {
            g = x;
            b = c;
        } else if (hp < 5) {
            r = x;
            b = c;
        } else {
            r = c;
            b = x;
        }
        double m = l - c / 2;
        return ((int) Math.round((r + m) * 255) << 16) | ((int) Math.round((g + m) * 255) << 8) | (int) Math.round((b + m) * 255);
    }

    private static String hex(int rgb) {
        return String.format(Locale.ROOT, "#%06x", rgb & 0xFFFFFF);
    }

    /** Up to 2 decimals, no trailing zeros, locale-independent. */
    static String fmt(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        String s = String.format(Locale.ROOT, "%.2f", v);
        return s.contains(".") ? s.replaceAll("0+$", "").replaceAll("\\.$", "") : s;
    }
}

package io.maskgate.report.writer;

import io.maskgate.findings.Summary;
import io.maskgate.report.Agreement;
import io.maskgate.report.Checked;
import io.maskgate.report.Report;
import io.maskgate.report.StatTable;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.maskgate.rules.Finding;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The JSON report, a public contract described by {@code maskgate-report.schema.json}. Findings are streamed
 * through a {@link JsonGenerator}, so a report with millions of findings needs no second in-memory copy.
 */
final class JsonReportWriter implements ReportWriter {

    /** Sorted map keys so option values that are maps come out the same on every run. */
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true)
            .configure(JsonGenerator.Feature.AUTO_CLOSE_TARGET, false);

    @Override
    public void write(Report report, OutputStream out) throws IOException {
        try (JsonGenerator g = MAPPER.getFactory().createGenerator(out, JsonEncoding.UTF8)) {
            g.setCharacterEscapes(new JsonEscapes());
            g.useDefaultPrettyPrinter();
            g.writeStartObject();
            g.writeStringField("reportVersion", report.reportVersion());
            g.writeObjectFieldStart("tool");
            g.writeStringField("name", report.tool().name());
            g.writeStringField("version", report.tool().version());
            g.writeEndObject();
            g.writeObjectFieldStart("target");
            g.writeStringField("path", report.target().path());
            g.writeStringField("kind", report.target().kind());
            g.writeStringField("detail", nullToEmpty(report.target().detail()));
            Report.Profile profile = report.target().profile();
            if (profile != null) {
                g.writeObjectFieldStart("profile");
                g.writeStringField("name", profile.name());
                g.writeStringField("reason", profile.reason());
                g.writeEndObject();
            }
            g.writeEndObject();
            g.writeObjectFieldStart("options");
            for (Map.Entry<String, Object> e : report.options().entrySet()) {
                g.writeFieldName(e.getKey());
                g.writeObject(e.getValue());
            }
            g.writeEndObject();
            summary(report.summary(), g);
            g.writeArrayFieldStart("findings");
            for (Finding f : report.findings()) {
                finding(f, g);
            }
            g.writeEndArray();
            g.writeArrayFieldStart("checked");
            for (Checked c : report.checked()) {
                g.writeStartObject();
                g.writeStringField("what", c.what());
                g.writeNumberField("count", c.count());
                g.writeStringField("detail", c.detail());
                g.writeEndObject();
            }
            g.writeEndArray();
            statistics(report.statistics(), g);
            if (report.agreement() != null) {
                agreement(report.agreement(), g);
            }
            g.writeEndObject();
            g.writeRaw('\n');
        }
    }

    private static void summary(Summary s, JsonGenerator g) throws IOException {
        g.writeObjectFieldStart("summary");
        g.writeNumberField("errors", s.errors());
        g.writeNumberField("warnings", s.warnings());
        g.writeNumberField("infos", s.infos());
        g.writeNumberField("total", s.total());
        g.writeObjectFieldStart("byCode");
        for (Map.Entry<String, Long> e : s.byCode().entrySet()) {
            g.writeNumberField(e.getKey(), e.getValue());
        }
        g.writeEndObject();
        g.writeEndObject();
    }

    private static void finding(Finding f, JsonGenerator g) throws IOException {
        g.writeStartObject();
        g.writeStringField("code", f.code());
        g.writeStringField("severity", f.severity().id());
        g.writeStringField("category", f.category().id());
        g.writeStringField("file", f.file());
        g.writeObjectFieldStart("location");
        writeLocation(LocationFields.values(f.location()), g);
        g.writeEndObject();
        g.writeStringField("message", f.message());
        g.writeStringField("hint", f.hint());
        g.writeEndObject();
    }

    /** Writes only the location keys that apply; also used by the SARIF writer. */
    static void writeLocation(Object[] values, JsonGenerator g) throws IOException {
        for (int i = 0; i < values.length; i++) {
            Object v = values[i];
            if (v == null) {
                continue;
            }
            String key = LocationFields.KEYS.get(i);
            if (v instanceof String s) {
                g.writeStringField(key, s);
            } else {
                g.writeNumberField(key, ((Number) v).longValue());
            }
        }
    }

    /**
     * {@code statistics}: table name → rows as objects; {@code statisticsTables}: each table's description and
     * column order (JSON objects do not promise key order to every reader). Duplicate names get a suffix so the
     * object keys stay unique.
     */
    private static void statistics(List<StatTable> tables, JsonGenerator g) throws IOException {
        List<String> names = uniqueNames(tables);
        g.writeObjectFieldStart("statistics");
        for (int t = 0; t < tables.size(); t++) {
            StatTable table = tables.get(t);
            g.writeArrayFieldStart(names.get(t));
            for (List<Object> row : table.rows()) {
                g.writeStartObject();
                for (int c = 0; c < table.columns().size(); c++) {
                    g.writeFieldName(table.columns().get(c));
                    cell(row.get(c), g);
                }
                g.writeEndObject();
            }
            g.writeEndArray();
        }
        g.writeEndObject();
        g.writeArrayFieldStart("statisticsTables");
        for (int t = 0; t < tables.size(); t++) {
            StatTable table = tables.get(t);
            g.writeStartObject();
            g.writeStringField("name", names.get(t));
            g.writeStringField("description", nullToEmpty(table.description()));
            g.writeArrayFieldStart("columns");
            for (String c : table.columns()) {
                g.writeString(c);
            }
            g.writeEndArray();
            g.writeNumberField("rows", table.rows().size());
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    /** {@code agreement}: the chart data of the hypothesis agreement; its tables are in {@code statistics}. */
    private static void agreement(Agreement a, JsonGenerator g) throws IOException {
        g.writeObjectFieldStart("agreement");
        g.writeNumberField("referenceEpoch", a.referenceEpoch());
        g.writeArrayFieldStart("lateEpochs");
        for (int e : a.lateEpochs()) {
            g.writeNumber(e);
        }
        g.writeEndArray();
        g.writeNumberField("f1Threshold", a.f1Threshold());
        g.writeNumberField("maxGap", a.maxGap());
        g.writeNumberField("trenches", a.trenches());
        g.writeNumberField("frames", a.frames());
        g.writeNumberField("ambiguousFrames", a.ambiguousFrames());
        g.writeNumberField("intervals", a.intervals());
        g.writeArrayFieldStart("curve");
        for (Agreement.EpochPoint p : a.curve()) {
            g.writeStartObject();
            g.writeNumberField("hypothesis", p.hypothesis());
            g.writeNumberField("epoch", p.epoch());
            g.writeNumberField("f1", p.f1());
            g.writeNumberField("meanIoU", p.meanIou());
            g.writeBooleanField("reference", p.reference());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("worstTrenches");
        for (Agreement.TrenchSeries t : a.worstTrenches()) {
            g.writeStartObject();
            g.writeNumberField("trench", t.trench());
            g.writeStringField("fov", t.fov());
            g.writeNumberField("ambiguousFrames", t.ambiguousFrames());
            g.writeNumberField("stability", t.stability());
            g.writeArrayFieldStart("countSpread");
            for (int v : t.countSpread()) {
                g.writeNumber(v);
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        g.writeEndArray();
        Agreement.HeatMap h = a.heatMap();
        g.writeObjectFieldStart("heatMap");
        g.writeNumberField("trenches", h.trenches());
        g.writeNumberField("times", h.times());
        g.writeArrayFieldStart("trenchStarts");
        for (int v : h.trenchStarts()) {
            g.writeNumber(v);
        }
        g.writeEndArray();
        g.writeArrayFieldStart("timeStarts");
        for (int v : h.timeStarts()) {
            g.writeNumber(v);
        }
        g.writeEndArray();
        g.writeArrayFieldStart("values");
        for (double[] row : h.values()) {
            g.writeStartArray();
            for (double v : row) {
                g.writeNumber(v);
            }
            g.writeEndArray();
        }
        g.writeEndArray();
        g.writeEndObject();
        g.writeArrayFieldStart("tables");
        for (String t : a.tables()) {
            g.writeString(t);
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private static void cell(Object v, JsonGenerator g) throws IOException {
        if (v == null) {
            g.writeNull();
        } else if (v instanceof Boolean b) {
            g.writeBoolean(b);
        } else if ((v instanceof Double d && !Double.isFinite(d)) || (v instanceof Float f && !Float.isFinite(f))) {
            g.writeString(v.toString()); // JSON has no NaN or Infinity
        } else if (v instanceof Number) {
            g.writeObject(v);
        } else {
            g.writeString(v.toString());
        }
    }

    static List<String> uniqueNames(List<StatTable> tables) {
        Set<String> used = new HashSet<>();
        List<String> names = new ArrayList<>(tables.size());
        for (StatTable t : tables) {
            String name = t.name();
            for (int i = 2; !used.add(name.toLowerCase(Locale.ROOT)); i++) {
                name = t.name() + "_" + i;
            }
            names.add(name);
        }
        return names;
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}

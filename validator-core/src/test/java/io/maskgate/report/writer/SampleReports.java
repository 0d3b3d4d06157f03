package io.maskgate.report.writer;

import io.maskgate.findings.Summary;
import io.maskgate.report.Checked;
import io.maskgate.report.Report;
import io.maskgate.report.StatTable;

import io.maskgate.rules.Category;
import io.maskgate.rules.Finding;
import io.maskgate.rules.Location;
import io.maskgate.rules.Severity;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Hand-built reports for the writer tests. */
final class SampleReports {

    static final String TARGET = "data/store.zarr";
    static final Report.Profile PROFILE = new Report.Profile("mask-store", "root attributes trench_mapping (1 of 17) and 5-D uint8 array data");
    static final String MESSY = "value\twith a tab,\nsecond line \"quoted\" and ünïcødé µm² 細胞";

    private SampleReports() {
    }

    /**
     * 2 errors (one code known to the catalogue, one not), 11 warnings of 2 codes (10 of them one code, to trigger
     * folding), 2 infos: 5 codes, 15 findings, every location kind, a control character and non-ASCII text.
     */
    static Report mixed() {
        List<Finding> f = new ArrayList<>();
        f.add(new Finding("INPUT_UNRECOGNISED_TARGET", Severity.ERROR, Category.INPUT, "", Location.NONE,
                "not a store", "Point maskgate at the store."));
        f.add(new Finding("ZARR_FILL_VALUE_RANGE", Severity.ERROR, Category.ZARR_METADATA, "zarr.json",
                Location.pointer("/fill_value"), MESSY, "Use a fill value inside the data type's range."));
        for (int t = 0; t < 10; t++) {
            f.add(new Finding("LABEL_TOUCHES_BORDER", Severity.WARNING, Category.LABELS, "masks/c/0/" + t,
                    Location.mask(3, 800, t, 40, 5 + t), "label touches the trench border (Zelle überlappt)",
                    "Crop the trench with a margin."));
        }
        f.add(new Finding("OMETIFF_PIXEL_RANGE", Severity.WARNING, Category.OME_TIFF, "image with space.ome.tiff",
                Location.pixel(0, 2, 10L, 20L), "escape \u001b[31m in a name", ""));
        f.add(new Finding("OBJECTS_BAD_VALUE", Severity.INFO, Category.OBJECTS_TABLE, "objects.tsv",
                Location.cell(5, 3), "  leading spaces and \"quotes\"", "Fix the cell."));
        f.add(new Finding("OBJECTS_BAD_VALUE", Severity.INFO, Category.OBJECTS_TABLE, "objects.tsv",
                Location.cell(7, null), "whole row", "Fix the cell."));
        f.sort(Finding.ORDER);
        Map<String, Object> options = new LinkedHashMap<>();
        options.put("metadataOnly", false);
        options.put("sampleTrenches", 0);
        options.put("hubmapSchemaMode", "latest");
        options.put("profile", "auto");
        List<Checked> checked = List.of(new Checked("chunks", 47515, "all hypotheses, all trenches"),
                new Checked("metadata documents", 3, ""));
        StatTable perHypothesis = new StatTable("perHypothesis", "Labels and area per hypothesis",
                List.of("hypothesis", "labels", "meanArea", "complete", "note"),
                List.of(Arrays.asList(0, 120L, 54.5, true, "ok"), Arrays.asList(1, 98L, Double.NaN, false, null)));
        return report(f, checked, List.of(perHypothesis), options);
    }

    /** No findings. */
    static Report clean() {
        return report(List.of(), List.of(new Checked("chunks", 12, "all")), List.of(), Map.of());
    }

    /** {@code n} warnings of one code spread over {@code files} files. */
    static Report many(int n, int files) {
        List<Finding> f = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            f.add(new Finding("LABEL_TOUCHES_BORDER", Severity.WARNING, Category.LABELS, "masks/" + (i % files) + "/c",
                    Location.mask(0, null, i, 0, 1), "finding " + i, "hint"));
        }
        f.sort(Finding.ORDER);
        return report(f, List.of(), List.of(), Map.of());
    }

    static Report report(List<Finding> findings, List<Checked> checked, List<StatTable> stats, Map<String, Object> options) {
        return new Report(Report.REPORT_VERSION, new Report.Tool("maskgate", "0.1.0-test"),
                new Report.Target(TARGET, "zarr-mask-store", "profile v1", PROFILE), options, Summary.of(findings), findings,
                checked, stats);
    }
}

package io.maskgate.hubmap;

import io.maskgate.validation.HubmapSchemaMode;

import io.maskgate.ometiff.OmeTiffMaskAnalyzer;
import io.maskgate.report.StatTable;
import io.maskgate.validation.LocalTargetValidator;
import io.maskgate.validation.ValidationContext;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Validates a HuBMAP segmentation-mask upload: a folder with a {@code *metadata.tsv} at the top.
 * Checks the metadata TSVs, the upload's references, the contributors TSVs, then every dataset
 * folder (directory schema, mask OME-TIFFs, objects tables).
 */
public final class HubmapValidator implements LocalTargetValidator {

    private final DatasetChecker datasets;

    /** TSVs are read whole, so the run's document size limit applies. */
    private static TsvReader reader(ValidationContext context) {
        return new TsvReader(context.options().maxDocumentBytes());
    }

    public HubmapValidator() {
        this(DirectorySchemas.segmentationMask(), new OmeTiffMaskAnalyzer());
    }

    public HubmapValidator(DirectorySchemas schemas, OmeTiffMaskAnalyzer analyzer) {
        this.datasets = new DatasetChecker(schemas, analyzer);
    }

    @Override
    public String kind() {
        return "hubmap-upload";
    }

    @Override
    public boolean accepts(Path path) {
        return Files.isDirectory(path) && !metadataFiles(path).isEmpty();
    }

    /** Top-level regular files whose name ends in {@code metadata.tsv}, sorted; empty when unreadable. */
    static List<Path> metadataFiles(Path dir) {
        List<Path> out = new ArrayList<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
            for (Path p : entries) {
                if (p.getFileName().toString().endsWith("metadata.tsv") && Files.isRegularFile(p)) {
                    out.add(p);
                }
            }
        } catch (IOException | RuntimeException e) {
            return List.of();
        }
        out.sort(null);
        return out;
    }

    @Override
    public void validate(Path path, ValidationContext context) {
        HubmapSchemaMode mode = context.options().hubmapSchemaMode();
        List<TsvTable> metadata = new ArrayList<>();
        boolean allRead = true;
        for (Path file : metadataFiles(path)) {
            Optional<TsvTable> table = reader(context).read(context.inputs(), file, context.relative(file), context);
            if (table.isEmpty()) {
                allRead = false;
                continue;
            }
            TsvTable t = table.get();
            HubmapRules.checkTable(t, TableTemplate.SEGMENTATION_MASK_METADATA, context);
            context.checked("metadata rows", t.rows().size(), t.file());
            metadata.add(t);
        }
        UploadModel upload;
        try {
            upload = UploadModel.of(path, metadata, allRead);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the upload folder " + path, e);
        }
        for (UploadCheck check : HubmapRules.uploadChecks()) {
            check.check(upload, context);
        }

        // each contributors file and dataset folder once, in path order
        Map<String, Path> contributors = new TreeMap<>();
        for (UploadModel.Reference r : upload.contributorsPaths()) {
            if (r.inside() && Files.isRegularFile(r.resolved())) {
                contributors.putIfAbsent(upload.relative(r.resolved()), r.resolved());
            }
        }
        for (Map.Entry<String, Path> c : contributors.entrySet()) {
            reader(context).read(context.inputs(), c.getValue(), c.getKey(), context).ifPresent(t -> {
                HubmapRules.checkTable(t, TableTemplate.CONTRIBUTORS, context);
                context.checked("contributors", t.rows().size(), t.file());
            });
        }
        Map<String, Path> datasetDirs = new TreeMap<>();
        for (UploadModel.Reference r : upload.dataPaths()) {
            if (r.inside() && Files.isDirectory(r.resolved())) {
                datasetDirs.putIfAbsent(upload.relative(r.resolved()), r.resolved());
            }
        }
        Map<String, String> applied = new LinkedHashMap<>();
        List<List<Object>> maskRows = new ArrayList<>();
        for (Map.Entry<String, Path> d : datasetDirs.entrySet()) {
            IgnoreGlobs ignore = IgnoreGlobs.DEFAULT;
            if (d.getKey().isEmpty()) {
                // the dataset is the upload itself: its metadata and contributors files are not dataset files
                List<String> own = new ArrayList<>(contributors.keySet());
                for (TsvTable t : metadata) {
                    own.add(t.file());
                }
                ignore = ignore.plusLiterals(own);
            }
            DatasetChecker.Result result = datasets.check(d.getValue(), d.getKey(), mode, ignore, context);
            applied.put(d.getKey().isEmpty() ? "." : d.getKey(), result.directory().match().schema().id());
            maskRows.addAll(result.maskRows());
        }
        context.checked("datasets", datasetDirs.size(), "dataset folders named by data_path");
        context.targetDetail(detail(applied, mode));
        if (!maskRows.isEmpty()) {
            context.statistics(maskTable(maskRows));
        }
    }

    static String detail(Map<String, String> applied, HubmapSchemaMode mode) {
        String suffix = mode == HubmapSchemaMode.ANY_MINOR ? " (any-minor)" : "";
        if (applied.isEmpty()) {
            return "";
        }
        if (applied.values().stream().distinct().count() == 1) {
            return applied.values().iterator().next() + suffix;
        }
        List<String> parts = new ArrayList<>();
        applied.forEach((k, v) -> parts.add(k + ": " + v));
        return String.join("; ", parts) + suffix;
    }

    static StatTable maskTable(List<List<Object>> rows) {
        return new StatTable("hubmapMasks", "Labels per channel of every mask OME-TIFF",
                List.of("file", "channel", "name", "labels", "labelledPixels", "splitLabels"), rows);
    }
}

package io.maskgate.hubmap;

import io.maskgate.validation.HubmapSchemaMode;

import io.maskgate.objects.MaskIndex;
import io.maskgate.objects.MaskInfo;
import io.maskgate.objects.ObjectsFolderResult;
import io.maskgate.objects.ObjectsTableChecker;
import io.maskgate.ometiff.OmeTiffMaskAnalyzer;
import io.maskgate.report.Checked;
import io.maskgate.validation.ValidationContext;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The checks of one segmentation-mask dataset folder, shared by the upload and dataset validators:
 * the directory schema, then every mask OME-TIFF, then the objects tables against the masks.
 */
final class DatasetChecker {

    static final String MASK_DIR = "derived/segmentation_masks/";

    private final DirectorySchemaCheck directory;
    private final OmeTiffMaskAnalyzer analyzer;
    private final ObjectsTableChecker objects = new ObjectsTableChecker();

    DatasetChecker(DirectorySchemas schemas, OmeTiffMaskAnalyzer analyzer) {
        this.directory = new DirectorySchemaCheck(schemas);
        this.analyzer = analyzer;
    }

    /** Results of one dataset, for the report. */
    record Result(DirectoryOutcome directory, List<List<Object>> maskRows) {
    }

    /**
     * Checks {@code dataset}, whose path relative to the validation target is {@code datasetFile}
     * ({@code ""} when the dataset is the target).
     */
    Result check(Path dataset, String datasetFile, HubmapSchemaMode mode, IgnoreGlobs ignore, ValidationContext context) {
        DirectoryOutcome outcome = directory.check(dataset, datasetFile, mode, ignore, context);
        String name = datasetFile.isEmpty() ? "dataset" : datasetFile;
        context.checked("dataset paths", outcome.listing().paths().size(),
                name + " against " + outcome.match().schema().id());

        List<String> maskPaths = new ArrayList<>();
        for (String path : outcome.listing().paths()) {
            if (isMaskFile(path)) {
                maskPaths.add(path);
            }
        }
        MaskCollector masks = new MaskCollector();
        new MaskScan(analyzer, context).run(dataset, outcome, maskPaths, name, masks);
        if (masks.analysed > 0) {
            context.checked("mask OME-TIFFs", masks.analysed, name + ": " + masks.channels
                    + " mask channel" + (masks.channels == 1 ? "" : "s") + ", every pixel");
        }
        checkObjectsTables(dataset, outcome, masks.byName, context);
        return new Result(outcome, masks.rows);
    }

    /** Gathers the masks' results, in path order. */
    private static final class MaskCollector implements MaskScan.Consumer {
        // file name → packed labels: the full statistics of one mask are dropped as soon as it is analysed
        private final Map<String, MaskInfo> byName = new TreeMap<>();
        private final List<List<Object>> rows = new ArrayList<>();
        private int analysed;
        private long channels;

        @Override
        public void accept(String path, MaskScan.Mask mask) {
            if (mask.analysed()) {
                analysed++;
                channels += mask.channelNames();
                if (mask.info() != null) {
                    byName.put(MaskIndexAdapter.fileName(path), mask.info());
                }
                rows.addAll(mask.rows());
            }
        }
    }

    /** A mask OME-TIFF directly inside derived/segmentation_masks/ (.tif too, so a misnamed mask still gets its pixels checked). */
    static boolean isMaskFile(String path) {
        if (!path.startsWith(MASK_DIR) || path.indexOf('/', MASK_DIR.length()) >= 0) {
            return false;
        }
        String lower = path.toLowerCase(Locale.ROOT);
        return lower.endsWith(".segmentations.ome.tiff") || lower.endsWith(".segmentations.ome.tif");
    }

    /**
     * The objects tables and adjacency CSVs of the dataset's mask folder (package io.maskgate.objects),
     * compared with the labels of the mask OME-TIFFs analysed above.
     */
    private void checkObjectsTables(Path dataset, DirectoryOutcome outcome, Map<String, MaskInfo> masks,
                                    ValidationContext context) {
        Path folder = dataset.resolve(MASK_DIR);
        if (!Files.isDirectory(folder)) {
            return;
        }
        ObjectsFolderResult result = objects.withInputs(context.inputs()).checkFolder(folder, outcome.file(MASK_DIR.substring(0, MASK_DIR.length() - 1)),
                MaskIndex.of(masks), context);
        for (Checked c : result.checked()) {
            context.checked(c.what(), c.count(), c.detail());
        }
    }
}

package io.maskgate.hubmap;

import io.maskgate.validation.HubmapSchemaMode;

import io.maskgate.ometiff.OmeTiffMaskAnalyzer;
import io.maskgate.validation.LocalTargetValidator;
import io.maskgate.validation.ValidationContext;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Validates one HuBMAP segmentation-mask dataset folder (one holding {@code derived/}) on its own:
 * directory schema, mask OME-TIFFs, objects tables. Upload-level files are not expected here.
 */
public final class HubmapDatasetValidator implements LocalTargetValidator {

    private final DatasetChecker datasets;

    public HubmapDatasetValidator() {
        this(DirectorySchemas.segmentationMask(), new OmeTiffMaskAnalyzer());
    }

    public HubmapDatasetValidator(DirectorySchemas schemas, OmeTiffMaskAnalyzer analyzer) {
        this.datasets = new DatasetChecker(schemas, analyzer);
    }

    @Override
    public String kind() {
        return "hubmap-dataset";
    }

    @Override
    public boolean accepts(Path path) {
        return Files.isDirectory(path) && Files.isDirectory(path.resolve("derived"));
    }

    @Override
    public void validate(Path path, ValidationContext context) {
        HubmapSchemaMode mode = context.options().hubmapSchemaMode();
        DatasetChecker.Result result = datasets.check(path, "", mode, IgnoreGlobs.DEFAULT, context);
        context.targetDetail(HubmapValidator.detail(Map.of(".", result.directory().match().schema().id()), mode));
        if (!result.maskRows().isEmpty()) {
            context.statistics(HubmapValidator.maskTable(result.maskRows()));
        }
    }
}

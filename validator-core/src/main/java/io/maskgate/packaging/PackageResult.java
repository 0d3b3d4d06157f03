package io.maskgate.packaging;

import java.nio.file.Path;
import java.util.List;

/** A written upload: its folder, the archive when {@code --zip} was given (else null), and each dataset. */
public record PackageResult(Path upload, Path zip, List<DatasetResult> datasets) {

    public PackageResult {
        datasets = List.copyOf(datasets);
    }
}

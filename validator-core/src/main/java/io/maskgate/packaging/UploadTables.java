package io.maskgate.packaging;

import io.maskgate.hubmap.FieldSpec;
import io.maskgate.hubmap.TableTemplate;
import io.maskgate.objects.TableFiles;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The upload's top-level {@code segmentation-mask-metadata.tsv} (one row per dataset) and {@code contributors.tsv}. */
final class UploadTables {

    static final String METADATA = "segmentation-mask-metadata.tsv";
    static final String CONTRIBUTORS = "contributors.tsv";

    private UploadTables() {
    }

    static void write(Path upload, Submission s, List<DatasetResult> datasets) throws IOException {
        List<List<String>> meta = new ArrayList<>();
        meta.add(names(TableTemplate.SEGMENTATION_MASK_METADATA));
        for (DatasetResult d : datasets) {
            String lab = s.labId().isEmpty() ? "" : s.labId() + "-" + d.directory();
            meta.add(List.of(s.parentDatasetId(), lab, s.protocolDoiUrl(), "Segmentation Mask", s.programUrl(),
                    "./" + CONTRIBUTORS, "./" + d.directory(), s.cellTypeAnnotation(),
                    TableTemplate.SEGMENTATION_MASK_METADATA.schemaId()));
        }
        TableFiles.writeTsv(upload.resolve(METADATA), meta);
        List<List<String>> people = new ArrayList<>();
        people.add(names(TableTemplate.CONTRIBUTORS));
        for (Contributor c : s.contributors()) {
            List<String> row = new ArrayList<>(c.values());
            row.add(TableTemplate.CONTRIBUTORS.schemaId());
            people.add(row);
        }
        if (s.contributors().isEmpty()) {
            List<String> blank = new ArrayList<>();
            for (int i = 0; i < TableTemplate.CONTRIBUTORS.fields().size() - 1; i++) {
                blank.add("");
            }
            blank.add(TableTemplate.CONTRIBUTORS.schemaId());
            people.add(blank);
        }
        TableFiles.writeTsv(upload.resolve(CONTRIBUTORS), people);
    }

    private static List<String> names(TableTemplate t) {
        return t.fields().stream().map(FieldSpec::name).toList();
    }
}

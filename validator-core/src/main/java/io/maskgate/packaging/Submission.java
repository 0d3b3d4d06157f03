package io.maskgate.packaging;

import java.util.List;

/**
 * What a lab states about its upload (the submission file): the metadata-TSV values, the objects-table values of
 * the mask and the contributors. Blank strings stand for values not given.
 *
 * @param parentDatasetId           HuBMAP ID(s) the masks derive from, comma-separated
 * @param labId                     optional lab id of the derived dataset
 * @param protocolDoiUrl            {@code derived_dataset_protocol_doi}, URL form
 * @param programUrl                optional versioned code URL
 * @param cellTypeAnnotation        {@code Yes} or {@code No}
 * @param maskId                    OBO id of what the mask segments (objects table {@code Mask ID})
 * @param maskProtocolDoi           bare DOI of the mask-creation protocol
 * @param annotationTool            one of HuBMAP's annotation tools
 * @param objectType                optional OBO id of the objects' type
 */
public record Submission(String parentDatasetId, String labId, String protocolDoiUrl, String programUrl,
                         String cellTypeAnnotation, String maskId, String maskProtocolDoi, String annotationTool,
                         String objectType, List<Contributor> contributors) {

    public Submission {
        contributors = List.copyOf(contributors);
    }
}

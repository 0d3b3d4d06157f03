package io.maskgate.packaging;

import java.util.List;

/** One person of the submission's {@code contributors.tsv}; blank strings stand for values not given. */
public record Contributor(String firstName, String lastName, String middleNameOrInitial, String displayName,
                          String affiliation, String orcid, String email, String isContact,
                          String isPrincipalInvestigator, String isOperator) {

    /** The row values in the order of HuBMAP's contributors template, without {@code metadata_schema_id}. */
    List<String> values() {
        return List.of(firstName, lastName, middleNameOrInitial, displayName, affiliation, orcid, email, isContact,
                isPrincipalInvestigator, isOperator);
    }
}

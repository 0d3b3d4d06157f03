package io.maskgate.hubmap;

/** What a TSV field holds, which decides the value checks that apply to it. */
public enum ValueKind {
    TEXT,
    /** One or more HuBMAP IDs ({@code HBM386.ZGKG.235}), comma-separated. */
    HUBMAP_IDS,
    /** A DOI in URL form ({@code https://dx.doi.org/10.17504/...}). */
    DOI_URL,
    /** One or more URLs, comma-separated. */
    URLS,
    /** One of {@link FieldSpec#allowed()}. */
    ENUM,
    CONTRIBUTORS_PATH,
    DATA_PATH,
    /** Must equal the template's {@code metadata_schema_id}. */
    SCHEMA_ID,
    ORCID,
    EMAIL
}

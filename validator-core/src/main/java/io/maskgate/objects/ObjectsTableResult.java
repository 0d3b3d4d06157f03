package io.maskgate.objects;

/**
 * What checking one objects table covered.
 *
 * @param headerForm the header block's form, or null when the table has none (or no column header row was found)
 * @param dataRows   non-blank rows below the column header row that were read
 * @param columns    named columns of the column header row
 * @param complete   false when reading stopped early (the reason is a finding)
 */
public record ObjectsTableResult(String file, TableFormat format, HeaderForm headerForm, long dataRows, int columns,
                                 boolean complete) {
}

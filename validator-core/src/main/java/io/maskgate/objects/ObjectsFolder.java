package io.maskgate.objects;

import java.util.Locale;
import java.util.regex.Pattern;

/** File naming of a {@code segmentation_masks} folder: objects tables and adjacency CSVs. */
final class ObjectsFolder {

    static final String TSV_SUFFIX = "-objects.tsv";
    static final String XLSX_SUFFIX = "-objects.xlsx";
    static final String CENTROID_SUFFIX = "-centroid-adjacency.csv";
    static final String LINKAGE_SUFFIX = "-linkage-adjacency.csv";
    /** Names people give objects tables that HuBMAP's patterns do not match. */
    private static final Pattern NEAR_TABLE = Pattern.compile("(?i).+[-_ .]objects?\\.(tsv|xlsx|xls|csv|txt)");

    private ObjectsFolder() {
    }

    /** The mask name of an objects table name ({@code cells} for {@code cells-objects.tsv}), or null. */
    static String tablePrefix(String fileName) {
        if (fileName.endsWith(TSV_SUFFIX) && fileName.length() > TSV_SUFFIX.length()) {
            return fileName.substring(0, fileName.length() - TSV_SUFFIX.length());
        }
        if (fileName.endsWith(XLSX_SUFFIX) && fileName.length() > XLSX_SUFFIX.length()) {
            return fileName.substring(0, fileName.length() - XLSX_SUFFIX.length());
        }
        return null;
    }

    static TableFormat tableFormat(String fileName) {
        return fileName.endsWith(".xlsx") ? TableFormat.XLSX : TableFormat.TSV;
    }

    /** The mask name of an adjacency CSV name, or null. */
    static String adjacencyPrefix(String fileName) {
        for (String suffix : new String[] {CENTROID_SUFFIX, LINKAGE_SUFFIX}) {
            if (fileName.endsWith(suffix) && fileName.length() > suffix.length()) {
                return fileName.substring(0, fileName.length() - suffix.length());
            }
        }
        return null;
    }

    /** True for a name that looks meant as an objects table but is not read as one. */
    static boolean nearTableName(String fileName) {
        return tablePrefix(fileName) == null && NEAR_TABLE.matcher(fileName).matches()
                && !fileName.toLowerCase(Locale.ROOT).endsWith("adjacency.csv");
    }
}

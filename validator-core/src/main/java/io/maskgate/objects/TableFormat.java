package io.maskgate.objects;

/** File formats of an objects table. */
public enum TableFormat {
    TSV, XLSX
}

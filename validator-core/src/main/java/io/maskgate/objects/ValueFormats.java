package io.maskgate.objects;

import java.util.regex.Pattern;

/** Value formats of objects-table cells, as HuBMAP's spreadsheet validator applies them. */
final class ValueFormats {

    /** HuBMAP's OBO id pattern: exactly seven digits. */
    static final Pattern OBO_ID = Pattern.compile("^[A-Za-z]+:[0-9]{7}$");
    /** Well-formed ontology ids with fewer digits (CHEBI:15377, NCBITaxon:9606) that HuBMAP's pattern rejects. */
    static final Pattern OBO_ID_SHORT = Pattern.compile("^[A-Za-z]+:[0-9]{1,6}$");
    /** HuBMAP's DOI pattern: a bare DOI, no resolver prefix. */
    static final Pattern DOI = Pattern.compile("^10\\.\\d{4,9}/[-._;()/:a-zA-Z0-9]+$");
    private static final Pattern INTEGER = Pattern.compile("[+-]?[0-9]+");
    private static final Pattern FLOAT = Pattern.compile("[+-]?([0-9]+\\.?[0-9]*|\\.[0-9]+)([eE][+-]?[0-9]+)?");
    private static final Pattern DOI_PREFIX = Pattern.compile("^(?i)(https?://)?(dx\\.)?doi\\.org/|^(?i)doi:\\s*");
    private static final Pattern OBO_PURL = Pattern.compile("^(?i)https?://purl\\.obolibrary\\.org/obo/([A-Za-z]+)_([0-9]+)$");
    private static final Pattern OBO_UNDERSCORE = Pattern.compile("^([A-Za-z]+)_([0-9]+)$");

    private ValueFormats() {
    }

    static boolean isInteger(String s) {
        return INTEGER.matcher(s).matches();
    }

    /** The value as a long, or null when it is not an integer or does not fit a long. */
    static Long parseLong(String s) {
        if (!isInteger(s)) {
            return null;
        }
        try {
            return Long.parseLong(s.startsWith("+") ? s.substring(1) : s);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    static boolean isFloat(String s) {
        return FLOAT.matcher(s).matches();
    }

    static boolean isBoolean(String s) {
        return s.equalsIgnoreCase("true") || s.equalsIgnoreCase("false");
    }

    static boolean isDoi(String s) {
        return DOI.matcher(s).matches();
    }

    /** The DOI without a resolver or {@code doi:} prefix, or null when {@code s} has no such prefix. */
    static String stripDoiPrefix(String s) {
        var m = DOI_PREFIX.matcher(s);
        return m.find() && m.start() == 0 ? s.substring(m.end()) : null;
    }

    /** Advice for a value that fails the DOI pattern. */
    static String doiHint(String value) {
        String bare = stripDoiPrefix(value);
        if (bare != null && isDoi(bare)) {
            return "Write the bare DOI '" + bare + "': HuBMAP's pattern ^10\\.\\d{4,9}/… rejects a resolver prefix such as https://doi.org/.";
        }
        return "Write a bare DOI such as 10.17504/protocols.io.abc123 (no https://doi.org/ prefix).";
    }

    /** Advice for a value that fails the OBO id pattern, naming the likely intended id when there is one. */
    static String oboHint(String value) {
        var purl = OBO_PURL.matcher(value);
        if (purl.matches()) {
            return "Write the CURIE '" + purl.group(1) + ":" + purl.group(2) + "' instead of the PURL.";
        }
        var underscore = OBO_UNDERSCORE.matcher(value);
        if (underscore.matches()) {
            return "Write '" + underscore.group(1) + ":" + underscore.group(2) + "': an OBO id separates prefix and number with a colon.";
        }
        return "Write an OBO id such as CL:0000236 (prefix, colon, seven digits).";
    }
}

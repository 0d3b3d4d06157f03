package io.maskgate.hubmap;

/** ORCID iD check digit (ISO 7064 MOD 11-2), as ORCID documents it. */
public final class Orcid {

    private Orcid() {
    }

    /** The check character ('0'–'9' or 'X') for the first 15 digits of an iD, hyphens ignored. */
    public static char checkDigit(String baseDigits) {
        int total = 0;
        int n = 0;
        for (int i = 0; i < baseDigits.length(); i++) {
            char c = baseDigits.charAt(i);
            if (c == '-') {
                continue;
            }
            if (c < '0' || c > '9') {
                throw new IllegalArgumentException("not an ASCII digit: '" + c + "'");
            }
            total = (total + (c - '0')) * 2;
            n++;
        }
        if (n != 15) {
            throw new IllegalArgumentException("an ORCID iD has 15 base digits, not " + n);
        }
        int result = (12 - total % 11) % 11;
        return result == 10 ? 'X' : (char) ('0' + result);
    }

    /** True when a formatted iD ({@code 0000-0002-1825-0097}) carries the right check character. */
    public static boolean checksumValid(String id) {
        String digits = id.replace("-", "");
        if (digits.length() != 16) {
            return false;
        }
        try {
            return checkDigit(digits.substring(0, 15)) == digits.charAt(15);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}

package io.maskgate.report.writer;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/** Unique worksheet names that Excel accepts: at most 31 characters, none of {@code []:*?/\}, unique ignoring case. */
final class SheetNames {

    static final int MAX_LENGTH = 31;

    private final Set<String> used = new HashSet<>();

    /** A new unique name derived from {@code wanted}; the name is reserved. */
    String unique(String wanted) {
        String base = sanitise(wanted);
        String name = base;
        for (int i = 2; used.contains(name.toLowerCase(Locale.ROOT)); i++) {
            String suffix = " (" + i + ")";
            name = base.substring(0, Math.min(base.length(), MAX_LENGTH - suffix.length())).stripTrailing() + suffix;
        }
        used.add(name.toLowerCase(Locale.ROOT));
        return name;
    }

    static String sanitise(String wanted) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < wanted.length(); i++) {
            char c = wanted.charAt(i);
            sb.append("[]:*?/\\".indexOf(c) >= 0 || Character.isISOControl(c) ? '_' : c);
        }
        String s = sb.toString().strip();
        while (s.startsWith("'")) {
            s = s.substring(1);
        }
        if (s.length() > MAX_LENGTH) {
            int cut = MAX_LENGTH;
            if (Character.isHighSurrogate(s.charAt(cut - 1))) {
                cut--;
            }
            s = s.substring(0, cut);
        }
        while (s.endsWith("'")) {
            s = s.substring(0, s.length() - 1);
        }
        if (s.isEmpty()) {
            s = "Sheet";
        }
        if (s.equalsIgnoreCase("History")) { // reserved by Excel
            s = s + "_";
        }
        return s;
    }
}

package io.maskgate.cli.hostile;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What maskgate's console output may hold. maskgate's own lines are its report (severity headers such as
 * {@code ERROR ZARR_METADATA_NOT_JSON  1 finding}, indented findings and hints, "Checked:" lines) and its
 * {@code maskgate: ...} lines; everything else that looks like a log line, a stack trace or a Java exception
 * name is noise, and so is any raw control or bidi character (names must be escaped).
 */
final class ConsoleChecks {

    /** A log line of a library: a level word and then a logger name, not maskgate's "ERROR CODE_NAME". */
    private static final Pattern LOG_LINE = Pattern.compile(
            "^\\s*\\[?(TRACE|DEBUG|INFO|WARN|WARNING|ERROR|FATAL|SEVERE)\\]?[:\\s]+(?![A-Z][A-Z0-9]*(_[A-Z0-9]+)+\\b)\\S");
    private static final Pattern TIMESTAMPED = Pattern.compile("^\\s*(\\d{4}-\\d{2}-\\d{2}[ T]\\d{2}:\\d{2}|\\d{2}:\\d{2}:\\d{2}[.,]\\d{3})");
    private static final Pattern LOGGER = Pattern.compile("SLF4J:|log4j|StatusLogger|java\\.util\\.logging");
    private static final Pattern STACK = Pattern.compile("^\\s*(at [\\w$.]+\\(.*\\)|Caused by: |\\.\\.\\. \\d+ more)|Exception in thread");
    /** A Java throwable's name: qualified ({@code java.io.IOException}) or followed by its message ({@code FooError:}). */
    private static final Pattern THROWABLE = Pattern.compile(
            "\\b([a-z][\\w$]*\\.)+[A-Z][\\w$]*(Exception|Error)\\b|\\b[A-Z][\\w$]*(Exception|Error):");
    /** Rule codes as reports print them. */
    static final Pattern CODE = Pattern.compile("\\b[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+\\b");

    private ConsoleChecks() {
    }

    /** Problems with {@code console}: noise, stack traces, exception names, raw control characters. */
    static List<String> problems(String console) {
        List<String> p = new ArrayList<>();
        int stackLines = 0;
        String firstStack = null;
        for (String line : console.split("\n", -1)) {
            if (STACK.matcher(line).find()) {
                stackLines++;
                firstStack = firstStack == null ? line : firstStack;
            } else if (THROWABLE.matcher(line).find()) {
                p.add("Java exception name in output: " + Excerpt.line(line));
            } else if (LOG_LINE.matcher(line).find() || TIMESTAMPED.matcher(line).find() || LOGGER.matcher(line).find()) {
                p.add("library log line: " + Excerpt.line(line));
            }
        }
        if (stackLines > 0) {
            p.add(stackLines + " stack trace line(s), the first: " + Excerpt.line(firstStack));
        }
        int control = firstControl(console);
        if (control >= 0) {
            p.add(String.format(java.util.Locale.ROOT, "raw control character U+%04X in output: %s", (int) console.charAt(control),
                    Excerpt.line(console.substring(Math.max(0, control - 40), Math.min(console.length(), control + 40)))));
        }
        return p;
    }

    /** Index of the first character a terminal would act on (other than newline and tab), or -1. */
    static int firstControl(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean control = (c < 0x20 && c != '\n' && c != '\t') || (c >= 0x7f && c <= 0x9f)
                    || (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069);
            if (control) {
                return i;
            }
        }
        return -1;
    }

    /** The rule codes {@code console} mentions. */
    static Set<String> codes(String console) {
        Set<String> codes = new LinkedHashSet<>();
        Matcher m = CODE.matcher(console);
        while (m.find()) {
            codes.add(m.group());
        }
        return codes;
    }
}

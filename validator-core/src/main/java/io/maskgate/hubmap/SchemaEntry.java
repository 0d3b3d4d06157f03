package io.maskgate.hubmap;

import java.util.regex.Pattern;

/**
 * One entry of a directory schema.
 *
 * @param pattern     the regex exactly as published (Python {@code re} syntax)
 * @param title       a short noun for messages, e.g. "objects table"
 * @param description the published description
 * @param example     a path that matches, or "" when the schema gives none
 * @param regex       {@code pattern} compiled by {@link PythonRegex}
 * @param shape       what the pattern asks for, for messages in words
 */
public record SchemaEntry(String pattern, boolean required, String title, String description, String example,
                          Pattern regex, PatternShape shape) {

    /** An entry from its published fields; compiles the pattern. */
    public static SchemaEntry of(String pattern, boolean required, String title, String description, String example) {
        return new SchemaEntry(pattern, required, title == null || title.isBlank() ? "entry" : title, description,
                example == null ? "" : example, PythonRegex.compile(pattern), PatternShape.of(pattern));
    }

    /** Full match of a relative POSIX path, as HuBMAP's {@code re.fullmatch}. */
    public boolean matches(String path) {
        return regex.matcher(path).matches();
    }

    /** The first sentence of the description. */
    public String firstSentence() {
        int end = description.indexOf(". ");
        return end < 0 ? description : description.substring(0, end + 1);
    }

    /** What the entry asks for, in words, with the example when there is one. */
    public String words() {
        String w = "the " + title + ": " + shape.words();
        return example.isEmpty() || shape instanceof PatternShape.Folder ? w : w + " (e.g. " + example + ")";
    }
}

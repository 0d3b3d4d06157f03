package io.maskgate.maven;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * The README's plugin example is the one the {@code readme-example} invoker IT runs, unchanged: the IT's POM
 * holds it between two markers, with {@code @project.version@} for the version and two more spaces of indent.
 */
class ReadmeExampleTest {

    private static final String BEGIN = "<!-- README example: begin -->";
    private static final String END = "<!-- README example: end -->";

    @Test
    void theReadmeShowsExactlyWhatTheItRuns() throws IOException {
        String pom = Files.readString(Path.of("src/it/readme-example/pom.xml"), StandardCharsets.UTF_8);
        String block = pom.substring(pom.indexOf('\n', pom.indexOf(BEGIN)) + 1, pom.lastIndexOf('\n', pom.indexOf(END)));
        String expected = block.lines().map(l -> l.startsWith("  ") ? l.substring(2) : l)
                .map(l -> l.replace("@project.version@", projectVersion()))
                .collect(Collectors.joining("\n"));

        String readme = Files.readString(Path.of("../README.md"), StandardCharsets.UTF_8);
        int section = readme.indexOf("\n## Maven plugin\n");
        int start = readme.indexOf("```xml\n", section) + "```xml\n".length();
        String shown = readme.substring(start, readme.indexOf("\n```", start));
        assertEquals(expected, shown, "README.md's plugin example differs from src/it/readme-example/pom.xml");
        assertFalse(shown.contains("<configuration>"), "the example pins no parameter: -Dmaskgate.* must win");
    }

    /** The reactor's version, from the parent POM (the README names the version users install). */
    private static String projectVersion() {
        try {
            String parent = Files.readString(Path.of("../pom.xml"), StandardCharsets.UTF_8);
            int at = parent.indexOf("<version>", parent.indexOf("<artifactId>maskgate-parent</artifactId>"));
            return parent.substring(at + "<version>".length(), parent.indexOf("</version>", at));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}

package io.maskgate.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code maskgate generate-completion} prints a bash/zsh script that completes commands and options in bash. */
class CompletionTest {

    @TempDir
    Path tmp;

    @Test
    void theCommandIsListedInHelp() {
        CliRun help = CliRun.run("--help");
        assertTrue(help.out().contains("generate-completion"), help::toString);
    }

    @Test
    void bashCompletesCommandsAndOptionsWithTheGeneratedScript() throws Exception {
        CliRun r = CliRun.run("generate-completion");
        assertEquals(0, r.exit(), r::toString);
        Path script = Files.writeString(tmp.resolve("maskgate_completion"), r.out(), StandardCharsets.UTF_8);
        assertEquals(List.of("validate"), complete(script, "maskgate", "vali"));
        assertEquals(List.of("--fail-on"), complete(script, "maskgate", "validate", "--fail-o"));
        assertTrue(complete(script, "maskgate", "").containsAll(List.of("validate", "rules", "demo", "fixture",
                "generate-completion")));
    }

    /** The words bash offers for the last of {@code words}, with the script sourced as a user would. */
    private List<String> complete(Path script, String... words) throws IOException, InterruptedException {
        StringBuilder array = new StringBuilder();
        for (String w : words) {
            array.append(" '").append(w).append('\'');
        }
        String line = String.join(" ", words);
        // compopt works only inside a completion bash itself started; a no-op stands in for it here
        String bash = "source '" + script + "'; compopt() { :; }; COMP_WORDS=(" + array + "); COMP_CWORD=" + (words.length - 1)
                + "; COMP_LINE='" + line + "'; COMP_POINT=" + line.length()
                + "; _complete_maskgate; printf '%s\\n' \"${COMPREPLY[@]}\"";
        Process p = new ProcessBuilder("bash", "-c", bash).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.waitFor(), out);
        return out.lines().map(String::trim).filter(s -> !s.isEmpty()).toList();
    }
}

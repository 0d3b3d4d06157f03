package io.maskgate.cli;

import io.maskgate.engine.Areas;
import io.maskgate.rules.RuleCatalog;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** docs/rules.md is generated from the rule catalogue and must not drift from it. */
class RulesDocTest {

    /** Tests run in the module directory ({@code cli/}); the docs are at the repository root. */
    private static final Path DOC = Path.of("..", "docs", "rules.md");

    private static final String HOW_TO_REGENERATE = """
            docs/rules.md must match the rule catalogue. Regenerate it with
              mvn -B -q -pl cli -am test -Dtest=RulesDocTest -Dsurefire.failIfNoSpecifiedTests=false -Dmaskgate.updateRulesDoc=true
            or, after building, ./maskgate rules --format markdown > docs/rules.md""";

    @Test
    void rulesDocMatchesTheCatalogue() throws IOException {
        String expected = RulesCommand.markdown(Areas.ruleCatalog().all());
        if (Boolean.getBoolean("maskgate.updateRulesDoc")) {
            Files.createDirectories(DOC.getParent());
            Files.writeString(DOC, expected, StandardCharsets.UTF_8);
        }
        assertTrue(Files.isRegularFile(DOC), HOW_TO_REGENERATE);
        assertEquals(expected, Files.readString(DOC, StandardCharsets.UTF_8), HOW_TO_REGENERATE);
    }
}

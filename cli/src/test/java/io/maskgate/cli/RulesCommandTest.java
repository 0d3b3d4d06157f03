package io.maskgate.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.maskgate.engine.Areas;
import io.maskgate.rules.RuleCatalog;
import io.maskgate.rules.RuleMeta;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RulesCommandTest {

    private final List<RuleMeta> rules = Areas.ruleCatalog().all();

    @Test
    void tableListsEveryRule() {
        CliRun r = CliRun.run("rules");
        assertEquals(0, r.exit(), r::toString);
        assertTrue(r.out().startsWith("CODE"), r::toString);
        for (RuleMeta m : rules) {
            assertTrue(r.out().contains(m.code() + " "), m.code());
            assertTrue(r.out().contains(m.summary()), m.code());
        }
        assertTrue(r.out().endsWith(rules.size() + (rules.size() == 1 ? " rule\n" : " rules\n")), r::toString);
    }

    @Test
    void jsonHasEveryRuleInCatalogueOrder() throws IOException {
        CliRun r = CliRun.run("rules", "--format", "json");
        assertEquals(0, r.exit(), r::toString);
        JsonNode array = new ObjectMapper().readTree(r.out());
        assertEquals(rules.size(), array.size());
        for (int i = 0; i < rules.size(); i++) {
            assertEquals(rules.get(i).code(), array.get(i).path("code").asText());
            assertEquals(rules.get(i).severity().id(), array.get(i).path("severity").asText());
            assertEquals(rules.get(i).category().id(), array.get(i).path("category").asText());
        }
    }

    @Test
    void markdownHasOneRowPerRule() {
        CliRun r = CliRun.run("rules", "--format", "markdown");
        assertEquals(0, r.exit(), r::toString);
        long rows = r.out().lines().filter(l -> l.startsWith("| `")).count();
        assertEquals(rules.size(), rows);
        assertEquals(2, CliRun.run("rules", "--format", "html").exit());
    }
}

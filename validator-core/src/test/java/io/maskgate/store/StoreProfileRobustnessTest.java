package io.maskgate.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.maskgate.rules.Finding;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Random damage to the metadata never crashes the checker and always yields located STORE_ findings. */
class StoreProfileRobustnessTest {

    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    /** A place in a document: a parent container and a key or index. */
    private record Slot(JsonNode parent, String key, int index) {
    }

    @Test
    void randomDamageIsReportedNeverThrown() {
        Random random = new Random(20260307L);
        for (int round = 0; round < 400; round++) {
            TestStore store = TestStore.of(new int[] {50, 300, 550, 800}, 2, 3, 2, 4, 30, 40, 12);
            int damages = 1 + random.nextInt(4);
            for (int d = 0; d < damages; d++) {
                List<Slot> slots = new ArrayList<>();
                collect(random.nextInt(4) == 0 ? store.data.get("attributes") : store.root.get("attributes"), slots);
                if (slots.isEmpty()) {
                    continue;
                }
                damage(slots.get(random.nextInt(slots.size())), random);
            }
            if (random.nextInt(5) == 0) {
                store.shape().set(random.nextInt(5), random.nextInt(3) == 0 ? 0 : random.nextInt(100));
            }
            String where = "round " + round + ": " + store.attrs();
            List<Finding> findings = store.check();
            for (Finding f : findings) {
                assertTrue(f.code().startsWith("STORE_"), where);
                assertNotNull(f.location().pointer(), where);
                assertTrue(f.file().equals(TestStore.ROOT) || f.file().equals(TestStore.DATA), where);
            }
            assertEquals(findings, store.check(), "deterministic output, " + where);
        }
    }

    @Test
    void everyRecordBrokenInEveryWayStillOneFindingPerProblem() {
        TestStore store = TestStore.realistic();
        ArrayNode mapping = (ArrayNode) store.attrs().get("trench_mapping");
        for (int i = 0; i < mapping.size(); i++) {
            mapping.set(i, F.textNode("trench " + i));
        }
        List<Finding> findings = store.check();
        assertEquals(60, findings.size(), TestStore.pretty(findings));
        assertFalse(findings.stream().anyMatch(f -> !f.code().equals("STORE_ATTRIBUTE_TYPE")), TestStore.pretty(findings));
    }

    private static void collect(JsonNode node, List<Slot> out) {
        if (node instanceof ObjectNode o) {
            Iterator<String> names = o.fieldNames();
            while (names.hasNext()) {
                String name = names.next();
                out.add(new Slot(o, name, -1));
                collect(o.get(name), out);
            }
        } else if (node instanceof ArrayNode a) {
            for (int i = 0; i < a.size(); i++) {
                out.add(new Slot(a, null, i));
                collect(a.get(i), out);
            }
        }
    }

    private static void damage(Slot slot, Random random) {
        int kind = random.nextInt(10);
        JsonNode value = switch (kind) {
            case 0 -> F.nullNode();
            case 1 -> F.textNode("x");
            case 2 -> F.numberNode(-1 - random.nextInt(1000));
            case 3 -> F.numberNode(1L << 40);
            case 4 -> F.numberNode(2.5);
            case 5 -> F.arrayNode();
            case 6 -> F.objectNode();
            case 7 -> F.booleanNode(random.nextBoolean());
            case 8 -> F.numberNode(random.nextInt(3000));
            default -> null; // remove
        };
        if (slot.parent() instanceof ObjectNode o) {
            if (value == null) {
                o.remove(slot.key());
            } else {
                o.set(slot.key(), value);
            }
        } else if (slot.parent() instanceof ArrayNode a) {
            if (value == null) {
                a.remove(slot.index());
            } else {
                a.set(slot.index(), value);
            }
        }
    }
}

package io.maskgate.interop;

import io.maskgate.engine.Validator;
import io.maskgate.report.Report;
import io.maskgate.rules.Finding;
import io.maskgate.rules.Location;
import io.maskgate.validation.ValidationOptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The interop corpus ({@code src/test/resources/interop/CASES.tsv}): files written by tifffile, libtiff's tiffcp,
 * zarrita and plain Python, each validated with its case's options; the finding codes must be exactly the
 * expected ones, and every finding of a code named in {@code expected_at} must be where that column says.
 *
 * <p>{@code expected_at} holds clauses {@code CODE: key=value, key=value} separated by {@code ;}. Keys are
 * {@code file} (relative to the target, empty for the target itself), {@code severity}, the location keys of
 * the JSON report ({@code row}, {@code column}, {@code channel}, {@code plane}, {@code ifd}, {@code label},
 * {@code x}, {@code y}, {@code xMin} ... {@code yMax}, ...) and {@code message~} (the message contains the value).
 * Keys a clause leaves out are not checked.
 */
class CorpusTest {

    /** One line of the manifest. */
    record Case(String id, String path, String options, String expected, String expectedAt, String task) {

        Set<String> expectedCodes() {
            return expected.equals("none") ? Set.of() : new TreeSet<>(Arrays.asList(expected.split(",", -1)));
        }
    }

    /** The location keys a clause may name, as the JSON report names them. */
    static final Map<String, Function<Location, Object>> LOCATION_KEYS = locationKeys();

    private static Map<String, Function<Location, Object>> locationKeys() {
        Map<String, Function<Location, Object>> m = new LinkedHashMap<>();
        m.put("pointer", Location::pointer);
        m.put("hypothesis", Location::hypothesis);
        m.put("epoch", Location::epoch);
        m.put("trench", Location::trench);
        m.put("time", Location::time);
        m.put("label", Location::label);
        m.put("row", Location::row);
        m.put("column", Location::column);
        m.put("channel", Location::channel);
        m.put("plane", Location::plane);
        m.put("ifd", Location::ifd);
        m.put("x", Location::x);
        m.put("y", Location::y);
        m.put("xMin", l -> l.box() == null ? null : l.box().xMin());
        m.put("yMin", l -> l.box() == null ? null : l.box().yMin());
        m.put("xMax", l -> l.box() == null ? null : l.box().xMax());
        m.put("yMax", l -> l.box() == null ? null : l.box().yMax());
        return m;
    }

    static Path corpus() {
        try {
            return Path.of(Objects.requireNonNull(CorpusTest.class.getResource("/interop/CASES.tsv")).toURI()).getParent();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static List<Case> cases() throws IOException {
        List<String> lines = Files.readAllLines(corpus().resolve("CASES.tsv"), StandardCharsets.UTF_8);
        List<String> header = List.of(lines.get(0).split("\t", -1));
        List<Case> out = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            if (line.isBlank()) {
                continue;
            }
            String[] f = line.split("\t", -1);
            assertEquals(header.size(), f.length, "fields of " + line);
            Function<String, String> col = name -> f[header.indexOf(name)];
            out.add(new Case(col.apply("id"), col.apply("path"), col.apply("options"), col.apply("expected"),
                    col.apply("expected_at"), col.apply("task")));
        }
        return out;
    }

    @Test
    void everyCaseRuns() throws IOException {
        // The task column once marked cases deferred to later work; none is left, so none may be skipped.
        Set<String> marked = cases().stream().filter(c -> !c.task().equals("-")).map(c -> c.id() + ": " + c.task())
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(Set.of(), marked, "cases marked for later work");
    }

    @Test
    void aClauseMatchesOnlyAFindingWithEveryNamedValue() {
        Finding f = new Finding("OMETIFF_LABEL_SPLIT", io.maskgate.rules.Severity.ERROR, io.maskgate.rules.Category.OME_TIFF,
                "m.ome.tiff", Location.pixel(0, 2, 1L, 1L).withLabel(5, new Location.Box(1, 1, 9, 4)), "label 5 has 2 parts", "");
        Map<String, String> keys = clauses("OMETIFF_LABEL_SPLIT: file=m.ome.tiff, plane=2, label=5, yMax=4, message~2 parts")
                .get("OMETIFF_LABEL_SPLIT");
        assertEquals(null, mismatch(f, keys));
        assertEquals("yMax is 4, expected 5", mismatch(f, Map.of("yMax", "5")));
        assertEquals("ifd is null, expected 0", mismatch(f, Map.of("ifd", "0")));
        assertEquals("file is m.ome.tiff, expected ", mismatch(f, Map.of("file", "")));
        assertEquals("message lacks '3 parts'", mismatch(f, Map.of("message~", "3 parts")));
    }

    @TestFactory
    Stream<DynamicTest> everyCaseGetsExactlyItsExpectedFindingsWhereTheManifestSays() throws IOException {
        List<Case> cases = cases();
        assertFalse(cases.isEmpty());
        return cases.stream().map(c -> DynamicTest.dynamicTest(c.id() + " -> " + c.expected(), () -> check(c)));
    }

    private static void check(Case c) throws IOException {
        Path target = corpus().resolve(c.path());
        assertTrue(Files.exists(target), "the case's path exists: " + target);
        try (Report report = new Validator().validate(target, options(c.options()))) {
            List<Finding> findings = report.findings();
            String all = describe(findings);
            Set<String> codes = findings.stream().map(Finding::code).collect(Collectors.toCollection(TreeSet::new));
            assertEquals(c.expectedCodes(), codes, c.id() + " gave:" + all);
            for (Map.Entry<String, Map<String, String>> clause : clauses(c.expectedAt()).entrySet()) {
                assertTrue(c.expectedCodes().contains(clause.getKey()), c.id() + ": expected_at names an unexpected code");
                for (Finding f : findings) {
                    if (f.code().equals(clause.getKey())) {
                        String mismatch = mismatch(f, clause.getValue());
                        assertTrue(mismatch == null, c.id() + ": " + mismatch + " in " + f.code() + " '" + f.file() + "' "
                                + f.location().describe() + ": " + f.message());
                    }
                }
            }
        }
    }

    /** Options as the manifest writes them (CLI flags); any flag this test does not know fails the case. */
    static ValidationOptions options(String options) {
        ValidationOptions.Builder b = ValidationOptions.builder();
        if (options.equals("-") || options.isBlank()) {
            return b.build();
        }
        for (String o : options.strip().split(" +", -1)) {
            if (o.startsWith("--hubmap-schema=")) {
                b.hubmapSchemaMode(o.substring("--hubmap-schema=".length()));
            } else {
                fail("CorpusTest does not know the option " + o + ": add it to CorpusTest.options");
            }
        }
        return b.build();
    }

    /** {@code CODE: k=v, k=v; CODE: ...} by code; {@code -} is none. */
    static Map<String, Map<String, String>> clauses(String expectedAt) {
        Map<String, Map<String, String>> out = new LinkedHashMap<>();
        if (expectedAt.equals("-")) {
            return out;
        }
        for (String clause : expectedAt.split(";", -1)) {
            int colon = clause.indexOf(':');
            assertTrue(colon > 0, "clause without 'CODE:': " + clause);
            Map<String, String> keys = new LinkedHashMap<>();
            for (String kv : clause.substring(colon + 1).split(",", -1)) {
                String[] p = kv.strip().split("[=~]", 2);
                assertEquals(2, p.length, "not key=value: " + kv);
                String key = kv.strip().charAt(p[0].length()) == '~' ? p[0] + "~" : p[0];
                keys.put(key, p[1]);
            }
            out.put(clause.substring(0, colon).strip(), keys);
        }
        return out;
    }

    /** Why {@code f} does not match {@code keys}, or null when it does. */
    static String mismatch(Finding f, Map<String, String> keys) {
        for (Map.Entry<String, String> k : keys.entrySet()) {
            String key = k.getKey();
            String want = k.getValue();
            String got;
            if (key.equals("file")) {
                got = f.file();
            } else if (key.equals("severity")) {
                got = f.severity().id();
            } else if (key.equals("message~")) {
                if (!f.message().contains(want)) {
                    return "message lacks '" + want + "'";
                }
                continue;
            } else if (LOCATION_KEYS.containsKey(key)) {
                Object v = LOCATION_KEYS.get(key).apply(f.location());
                got = v == null ? null : v.toString();
            } else {
                throw new IllegalArgumentException("unknown key '" + key + "' in expected_at");
            }
            if (!want.equals(got)) {
                return key + " is " + got + ", expected " + want;
            }
        }
        return null;
    }

    private static String describe(List<Finding> findings) {
        return findings.stream().map(f -> f.code() + " '" + f.file() + "' " + f.location().describe() + ": " + f.message())
                .collect(Collectors.joining("\n  ", "\n  ", ""));
    }
}

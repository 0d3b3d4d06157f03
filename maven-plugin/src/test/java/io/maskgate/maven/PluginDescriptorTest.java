package io.maskgate.maven;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The generated plugin descriptor (what Maven reads, and what {@code help -Ddetail} shows) follows the
 * conventions users know from checkstyle or PMD: every parameter of ours is a {@code maskgate.*} user
 * property, and the report goal has none of the build-failure parameters.
 */
class PluginDescriptorTest {

    /** Parameters that only the project can set: not user-facing. */
    private static final Set<String> READ_ONLY = Set.of("basedir");

    @Test
    void everyParameterOfOursIsAUserProperty() throws Exception {
        for (Class<?> mojo : List.of(CheckMojo.class, ReportMojo.class)) {
            Map<String, String> expressions = expressions(goal(mojo));
            List<String> fields = parameterFields(mojo);
            assertTrue(fields.size() >= 9, mojo + ": " + fields);
            for (String field : fields) {
                assertEquals("${maskgate." + field + "}", expressions.get(field), mojo.getSimpleName() + "." + field);
            }
        }
    }

    @Test
    void theReportGoalHasOnlyTheParametersItUses() throws Exception {
        Map<String, String> report = expressions("report");
        for (String failing : List.of("failOnSeverity", "failOnViolation", "maxAllowedViolations", "maxLoggedFindings",
                "reportDirectory")) {
            assertTrue(expressions("check").containsKey(failing), failing);
            assertTrue(!report.containsKey(failing), "report goal has " + failing);
        }
        assertTrue(report.containsKey("targets") && report.containsKey("formats"), report.toString());
    }

    private static String goal(Class<?> mojo) {
        return mojo == CheckMojo.class ? "check" : "report";
    }

    /** The non-static fields a Mojo class itself declares, which are its {@code @Parameter}s. */
    private static List<String> parameterFields(Class<?> mojo) {
        List<String> names = new ArrayList<>();
        for (Field f : mojo.getDeclaredFields()) {
            if (!Modifier.isStatic(f.getModifiers()) && !f.isSynthetic() && !READ_ONLY.contains(f.getName())) {
                names.add(f.getName());
            }
        }
        return names;
    }

    /** Parameter name to its expression (empty when it has none) in the goal's {@code <configuration>}. */
    private static Map<String, String> expressions(String goal) throws Exception {
        Path xml = Path.of("target/classes/META-INF/maven/plugin.xml");
        assertTrue(Files.isRegularFile(xml), "the descriptor is generated before the tests run: " + xml.toAbsolutePath());
        Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(xml.toFile());
        NodeList mojos = doc.getElementsByTagName("mojo");
        for (int i = 0; i < mojos.getLength(); i++) {
            Element mojo = (Element) mojos.item(i);
            if (!goal.equals(mojo.getElementsByTagName("goal").item(0).getTextContent())) {
                continue;
            }
            Map<String, String> result = new LinkedHashMap<>();
            NodeList config = mojo.getElementsByTagName("configuration").item(0).getChildNodes();
            for (int j = 0; j < config.getLength(); j++) {
                Node n = config.item(j);
                if (n.getNodeType() == Node.ELEMENT_NODE) {
                    result.put(n.getNodeName(), n.getTextContent().trim());
                }
            }
            return result;
        }
        throw new AssertionError("no goal " + goal + " in " + xml);
    }
}

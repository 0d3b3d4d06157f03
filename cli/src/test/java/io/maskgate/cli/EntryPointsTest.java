package io.maskgate.cli;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

/**
 * The CLI stays thin: it parses options, calls the engine and maps the outcome to an exit code. Of maskgate
 * it uses the engine's entry points (engine, options, rules and their catalogue, the report model and writers) and
 * the shared output helpers of {@code io.maskgate.io} (escaping text for the console, naming a full disk), never a
 * capability area directly; the {@code fixture} and {@code demo} commands also drive the fixtures.
 */
class EntryPointsTest {

    @Test
    void theCliUsesOnlyTheEnginesEntryPoints() {
        classes().that().resideInAPackage("io.maskgate.cli..")
                .should().onlyDependOnClassesThat(resideOutsideOfPackage("io.maskgate..")
                        .or(resideInAnyPackage("io.maskgate.cli..", "io.maskgate.engine", "io.maskgate.validation",
                                "io.maskgate.rules", "io.maskgate.findings", "io.maskgate.report",
                                "io.maskgate.report.writer", "io.maskgate.io", "io.maskgate.fixtures..")))
                .check(new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                        .importPackages("io.maskgate.cli"));
    }
}

package io.maskgate.maven;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

/**
 * The Mojos stay thin: they read parameters, call the engine and map the outcome to a Maven exception. Of
 * maskgate they use the engine's entry points (engine, options, rules, the report model and writers), never a
 * capability area directly. Test classes (the invoker ITs' store generator) are not held to this.
 */
class EntryPointsTest {

    @Test
    void theMojosUseOnlyTheEnginesEntryPoints() {
        classes().that().resideInAPackage("io.maskgate.maven..")
                .should().onlyDependOnClassesThat(resideOutsideOfPackage("io.maskgate..")
                        .or(resideInAnyPackage("io.maskgate.maven..", "io.maskgate.engine", "io.maskgate.validation",
                                "io.maskgate.rules", "io.maskgate.findings", "io.maskgate.report",
                                "io.maskgate.report.writer")))
                .check(new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                        .importPackages("io.maskgate.maven"));
    }
}

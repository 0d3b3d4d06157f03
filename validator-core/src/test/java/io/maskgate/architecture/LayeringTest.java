package io.maskgate.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.Architectures;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The core's layering, bottom up: {@code json}/{@code io}/{@code storage} → {@code rules} → {@code findings} →
 * report model → {@code validation} (the contract areas work against) → capability areas → {@code engine}
 * (orchestration and the composition root) → report writers. A package may use only the layers below it, so
 * a new capability is a new area package and never a new edge through the old ones.
 */
class LayeringTest {

    /** Capability areas: each sees the layers below, the other areas, and never the engine. */
    static final String[] AREAS = {"io.maskgate.zarr..", "io.maskgate.labels..", "io.maskgate.store..",
            "io.maskgate.ometiff..", "io.maskgate.objects..", "io.maskgate.hubmap..", "io.maskgate.packaging..",
            "io.maskgate.agreement.."};

    private static JavaClasses core;

    @BeforeAll
    static void importCore() {
        core = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("io.maskgate");
    }

    static Architectures.LayeredArchitecture layers() {
        return Architectures.layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer("Base").definedBy("io.maskgate.json", "io.maskgate.io", "io.maskgate.storage..")
                .layer("Rules").definedBy("io.maskgate.rules")
                .layer("Findings").definedBy("io.maskgate.findings")
                .layer("ReportModel").definedBy("io.maskgate.report")
                .layer("Validation").definedBy("io.maskgate.validation")
                .layer("Areas").definedBy(AREAS)
                .layer("Engine").definedBy("io.maskgate.engine")
                .layer("Writers").definedBy("io.maskgate.report.writer..")

                .whereLayer("Writers").mayNotBeAccessedByAnyLayer()
                .whereLayer("Engine").mayOnlyBeAccessedByLayers("Writers")
                .whereLayer("Areas").mayOnlyBeAccessedByLayers("Engine", "Writers")
                .whereLayer("Validation").mayOnlyBeAccessedByLayers("Areas", "Engine", "Writers")
                .whereLayer("ReportModel").mayOnlyBeAccessedByLayers("Validation", "Areas", "Engine", "Writers")
                .whereLayer("Findings").mayOnlyBeAccessedByLayers("ReportModel", "Validation", "Areas", "Engine",
                        "Writers")
                .whereLayer("Rules").mayOnlyBeAccessedByLayers("Findings", "ReportModel", "Validation", "Areas",
                        "Engine", "Writers");
    }

    @Test
    void everyPackageUsesOnlyTheLayersBelowIt() {
        layers().check(core);
    }

    @Test
    void packagesFormNoCycles() {
        slices().matching("io.maskgate.(**)").should().beFreeOfCycles().check(core);
    }

    @Test
    void areasNeverImportTheEngine() {
        ArchRule rule = noClasses().that().resideInAnyPackage(AREAS)
                .should().dependOnClassesThat().resideInAPackage("io.maskgate.engine..")
                .because("the engine composes the areas; an area that reached back would tie every area to all others");
        rule.check(core);
    }

    @Test
    void onlyTheS3StorageUsesTheAwsSdk() {
        ArchRule rule = noClasses().that().resideOutsideOfPackage("io.maskgate.storage.s3..")
                .should().dependOnClassesThat().resideInAnyPackage("software.amazon..", "io.netty..")
                .because("the AWS SDK is an implementation detail of S3 stores; nothing else should be tied to it");
        rule.check(core);
    }

    @Test
    void remoteStoragesAreIndependentOfEachOther() {
        noClasses().that().resideInAPackage("io.maskgate.storage.http..")
                .should().dependOnClassesThat().resideInAPackage("io.maskgate.storage.s3..").check(core);
        noClasses().that().resideInAPackage("io.maskgate.storage.s3..")
                .should().dependOnClassesThat().resideInAPackage("io.maskgate.storage.http..").check(core);
    }

    @Test
    void everyPackageBelongsToALayer() {
        String[] known = new String[AREAS.length + 8];
        System.arraycopy(AREAS, 0, known, 0, AREAS.length);
        System.arraycopy(new String[] {"io.maskgate.json", "io.maskgate.io", "io.maskgate.storage..",
                "io.maskgate.rules", "io.maskgate.findings", "io.maskgate.report..", "io.maskgate.validation",
                "io.maskgate.engine"}, 0, known, AREAS.length, 8);
        classes().should().resideInAnyPackage(known)
                .because("a new package must be placed in the layering on purpose (add it to LayeringTest)")
                .check(core);
    }
}

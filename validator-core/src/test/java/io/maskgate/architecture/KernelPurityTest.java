package io.maskgate.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.maskgate.zarr.chunk.ArrayChunkReader;
import io.maskgate.zarr.chunk.StrayFileScanner;
import org.junit.jupiter.api.Test;

import java.io.File;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.RandomAccessFile;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * The pixel kernel ({@code io.maskgate.store.kernel}) is a function of its inputs: it starts no thread, opens
 * no file, knows no storage and no engine, so that any executor — the local thread pool, a distributed task —
 * can run it on chunk bytes it fetched itself.
 */
class KernelPurityTest {

    @Test
    void theKernelHasNoThreadFileStorageOrEngineBehindIt() {
        JavaClasses core = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("io.maskgate");
        noClasses().that().resideInAPackage("io.maskgate.store.kernel..")
                .should().dependOnClassesThat().resideInAnyPackage("io.maskgate.validation..", "io.maskgate.engine..",
                        "io.maskgate.findings..", "io.maskgate.store.scan..", "io.maskgate.storage..",
                        "java.nio.file..", "java.nio.channels..", "java.util.concurrent..", "java.net..")
                .orShould().dependOnClassesThat().belongToAnyOf(Thread.class, ThreadLocal.class, File.class,
                        FileInputStream.class, FileOutputStream.class, RandomAccessFile.class,
                        ArrayChunkReader.class, StrayFileScanner.class)
                .because("executors fetch the chunks and run the kernel; the kernel only computes")
                .check(core);
    }
}

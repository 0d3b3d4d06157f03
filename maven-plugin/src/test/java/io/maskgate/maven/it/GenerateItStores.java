package io.maskgate.maven.it;

import io.maskgate.engine.ProgressListener;
import io.maskgate.engine.ValidationOptions;
import io.maskgate.engine.Validator;
import io.maskgate.fixtures.Fixtures;
import io.maskgate.fixtures.StoreSpec;
import io.maskgate.fixtures.defects.Defect;
import io.maskgate.report.Report;
import io.maskgate.rules.Severity;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * Generates the stores of the Maven plugin's integration tests (run by exec:java before the ITs):
 * {@code clean/}, a small clean store, and {@code broken/}, a copy with one defect, plus
 * {@code expected-code.txt}, the code the ITs expect in the build log and the reports.
 *
 * <p>The ITs exercise the Mojo's failure path, not the rules (each rule has its own defect test), so the
 * broken store takes the first known defect (by name) that the core reports as an error. When no defect
 * is known to this build, the copy loses its {@code zarr.json}, which the engine always rejects
 * ({@code INPUT_UNRECOGNISED_TARGET}).
 */
public final class GenerateItStores {

    private GenerateItStores() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            throw new IllegalArgumentException("usage: GenerateItStores OUT_DIR");
        }
        Path out = Path.of(args[0]).toAbsolutePath();
        delete(out);
        Path clean = out.resolve("clean");
        Fixtures.generateStore(clean, StoreSpec.small(11), null, ProgressListener.NONE);
        Path broken = out.resolve("broken");
        String expected = null;
        for (Defect defect : Fixtures.storeDefects()) {
            delete(broken);
            copy(clean, broken);
            defect.inject(broken);
            Report report = new Validator().validate(broken, ValidationOptions.defaults().withThreads(1));
            boolean caught = report.findings().stream()
                    .anyMatch(f -> f.code().equals(defect.expectedCode()) && f.severity() == Severity.ERROR);
            if (caught) {
                expected = defect.expectedCode();
                System.out.println("GenerateItStores: broken store has defect " + defect.name());
                break;
            }
        }
        if (expected == null) {
            delete(broken);
            copy(clean, broken);
            Files.delete(broken.resolve("zarr.json"));
            expected = "INPUT_UNRECOGNISED_TARGET";
            System.out.println("GenerateItStores: no defect caught by this build; broken store lacks zarr.json");
        }
        Files.writeString(out.resolve("expected-code.txt"), expected + "\n", StandardCharsets.UTF_8);
        System.out.println("GenerateItStores: wrote " + clean + " and " + broken + " (expect " + expected + ")");
    }

    private static void copy(Path from, Path to) throws IOException {
        Files.walkFileTree(from, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
                Files.createDirectories(to.resolve(from.relativize(dir).toString()));
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.copy(file, to.resolve(from.relativize(file).toString()));
                return FileVisitResult.CONTINUE;
            }
        });
    }

    private static void delete(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
                if (e != null) {
                    throw e;
                }
                Files.delete(dir);
                return FileVisitResult.CONTINUE;
            }
        });
    }
}

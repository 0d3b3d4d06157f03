package io.maskgate.maven.it;

import io.maskgate.engine.Validator;
import io.maskgate.fixtures.FileTrees;
import io.maskgate.fixtures.Fixtures;
import io.maskgate.fixtures.StoreSpec;
import io.maskgate.fixtures.defects.Defect;
import io.maskgate.report.Report;
import io.maskgate.rules.Severity;
import io.maskgate.validation.ProgressListener;
import io.maskgate.validation.ValidationOptions;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Generates the stores of the Maven plugin's integration tests (run by exec:java before the ITs):
 * {@code clean/}, a small clean store, and {@code broken/}, a copy with one defect, plus
 * {@code expected-code.txt}, the code the ITs expect in the build log and the reports.
 *
 * <p>The ITs exercise the Mojo's failure path, not the rules (each rule has its own defect test), so the
 * broken store takes the first known defect (by name) that the core reports as an error.
 */
public final class GenerateItStores {

    private GenerateItStores() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            throw new IllegalArgumentException("usage: GenerateItStores OUT_DIR");
        }
        Path out = Path.of(args[0]).toAbsolutePath();
        FileTrees.delete(out);
        Path clean = out.resolve("clean");
        Fixtures.generateStore(clean, StoreSpec.small(11), null, ProgressListener.NONE);
        Path broken = out.resolve("broken");
        String expected = null;
        for (Defect defect : Fixtures.storeDefects()) {
            FileTrees.delete(broken);
            FileTrees.copy(clean, broken);
            defect.inject(broken);
            Report report = new Validator().validate(broken, ValidationOptions.builder().threads(1).build());
            boolean caught = report.findings().stream()
                    .anyMatch(f -> f.code().equals(defect.expectedCode()) && f.severity() == Severity.ERROR);
            if (caught) {
                expected = defect.expectedCode();
                System.out.println("GenerateItStores: broken store has defect " + defect.name());
                break;
            }
        }
        if (expected == null) {
            throw new IllegalStateException("no store defect is reported as an error by this build; the failing-store IT needs one");
        }
        Files.writeString(out.resolve("expected-code.txt"), expected + "\n", StandardCharsets.UTF_8);
        System.out.println("GenerateItStores: wrote " + clean + " and " + broken + " (expect " + expected + ")");
    }
}

package io.maskgate.validation;

import io.maskgate.io.InputBoundary;
import io.maskgate.io.InputRefusal;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Walks a local target through its {@link InputBoundary} before any area reads it, so that every link leaving the
 * boundary, dangling or looping, and every pipe, socket or device, is one finding with its own code, whether or not
 * an area would have tried to read it. Areas open files through the same boundary and so never read them either.
 */
public final class InputScan {

    private InputScan() {
    }

    /** Reports the refused paths of the context's local target and a "checked" line naming the boundary. */
    public static void run(ValidationContext context) {
        Target target = context.target();
        if (!target.isLocal() || target.boundary().isEmpty()) {
            return;
        }
        InputBoundary boundary = target.boundary().get();
        long[] files = new long[1];
        long[] refused = new long[1];
        try {
            boundary.walk(target.localPath(), new InputBoundary.Walker() {
                @Override
                public void file(Path path, Path real) {
                    files[0]++;
                }

                @Override
                public void refused(InputRefusal refusal) {
                    refused[0]++;
                    context.accept(InputRefusals.finding(refusal, context.relative(refusal.path())));
                }

                @Override
                public void unreadable(Path path, IOException cause) {
                    // The areas report unreadable files and folders in their own terms when they need them.
                }
            });
        } catch (IOException e) {
            // The walker throws nothing itself; a failure of the walk leaves the areas' own findings.
        }
        context.checked("input files", files[0], "read-only, within " + boundary.describe()
                + (refused[0] == 0 ? "" : "; " + refused[0] + " path" + (refused[0] == 1 ? "" : "s") + " refused"));
    }
}

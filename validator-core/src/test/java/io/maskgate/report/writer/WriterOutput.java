package io.maskgate.report.writer;

import io.maskgate.report.Report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Runs a writer into memory. */
final class WriterOutput {

    private WriterOutput() {
    }

    static byte[] bytes(ReportWriter writer, Report report) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            writer.write(report, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    static String text(ReportWriter writer, Report report) {
        return new String(bytes(writer, report), StandardCharsets.UTF_8);
    }
}

package io.maskgate.report.writer;

import io.maskgate.report.Report;

import java.io.IOException;
import java.io.OutputStream;

/** Writes a report in one format. The stream is not closed. */
public interface ReportWriter {
    void write(Report report, OutputStream out) throws IOException;
}

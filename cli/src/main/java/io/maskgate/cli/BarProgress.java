package io.maskgate.cli;

import io.maskgate.validation.ProgressListener;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

import java.io.PrintStream;

/** A terminal progress bar on standard error, one bar per task. */
final class BarProgress implements ProgressListener, AutoCloseable {

    private final PrintStream err;
    private ProgressBar bar;

    BarProgress(PrintStream err) {
        this.err = err;
    }

    @Override
    public synchronized void begin(String task, long total) {
        close();
        bar = new ProgressBarBuilder()
                .setTaskName(task)
                .setInitialMax(total > 0 ? total : -1)
                .setStyle(ProgressBarStyle.ASCII)
                .setUpdateIntervalMillis(200)
                .setConsumer(new ConsoleProgressBarConsumer(err))
                .clearDisplayOnFinish()
                .build();
    }

    @Override
    public synchronized void advance(long delta) {
        if (bar != null) {
            bar.stepBy(delta);
        }
    }

    @Override
    public synchronized void status(String status) {
        if (bar != null) {
            bar.setExtraMessage(status);
        }
    }

    @Override
    public synchronized void note(String line) {
        close();
        err.println("maskgate: " + line);
    }

    @Override
    public synchronized void end() {
        close();
    }

    /** Stops the bar's refresh thread; safe to call twice. */
    @Override
    public synchronized void close() {
        if (bar != null) {
            bar.close();
            bar = null;
        }
    }
}

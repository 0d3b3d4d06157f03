package io.maskgate.engine;

import io.maskgate.validation.ProgressListener;

import java.util.function.Consumer;
import java.util.function.LongSupplier;

/**
 * A {@link ProgressListener} for logs rather than terminals (Maven, CI, redirected stderr): emits a
 * line at every further {@code stepPercent} of the work or after {@code intervalNanos}, whichever
 * comes first, so a log gets a handful of lines instead of a repainting bar.
 */
public final class PeriodicProgress implements ProgressListener {

    private final Consumer<String> log;
    private final LongSupplier nanoClock;
    private final int stepPercent;
    private final long intervalNanos;

    private String task = "";
    private long total;
    private long done;
    private int lastPercent;
    private long lastLine;
    private long started;
    private String status = "";

    /** Logs every 10% or every 5 seconds. */
    public PeriodicProgress(Consumer<String> log) {
        this(log, System::nanoTime, 10, 5_000_000_000L);
    }

    /** A clock is injected so tests do not depend on time. */
    public PeriodicProgress(Consumer<String> log, LongSupplier nanoClock, int stepPercent, long intervalNanos) {
        if (stepPercent < 1 || stepPercent > 100) {
            throw new IllegalArgumentException("stepPercent must be 1..100, was " + stepPercent);
        }
        this.log = log;
        this.nanoClock = nanoClock;
        this.stepPercent = stepPercent;
        this.intervalNanos = intervalNanos;
    }

    @Override
    public synchronized void begin(String task, long total) {
        this.task = task;
        this.total = Math.max(0, total);
        this.done = 0;
        this.lastPercent = 0;
        this.started = nanoClock.getAsLong();
        this.lastLine = started;
        this.status = "";
        log.accept(task + ": started (" + this.total + " to do)");
    }

    @Override
    public synchronized void advance(long delta) {
        done += delta;
        if (total <= 0) {
            return;
        }
        int percent = (int) Math.min(100, done * 100 / total);
        long now = nanoClock.getAsLong();
        boolean step = percent >= lastPercent + stepPercent;
        boolean late = now - lastLine >= intervalNanos && percent > lastPercent;
        if ((step || late) && percent < 100) {
            lastPercent = step ? percent - percent % stepPercent : percent;
            lastLine = now;
            log.accept(task + ": " + percent + "% (" + done + "/" + total + ")" + (status.isEmpty() ? "" : ", " + status));
        }
    }

    @Override
    public synchronized void end() {
        long millis = (nanoClock.getAsLong() - started) / 1_000_000;
        log.accept(task + ": done (" + done + (total > 0 ? "/" + total : "") + ") in " + formatMillis(millis)
                + (status.isEmpty() ? "" : ", " + status));
    }

    /** {@inheritDoc} Shown at the end of the next line. */
    @Override
    public synchronized void status(String status) {
        this.status = status == null ? "" : status;
    }

    @Override
    public synchronized void note(String line) {
        log.accept(line);
    }

    private static String formatMillis(long millis) {
        return millis < 1000 ? millis + " ms" : String.format(java.util.Locale.ROOT, "%.1f s", millis / 1000.0);
    }
}

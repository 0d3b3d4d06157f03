package io.maskgate.engine;

import io.maskgate.storage.TransferCounter;
import io.maskgate.validation.ProgressListener;

/**
 * Progress of a remote target: the user's listener, with the bytes and requests so far as its live status
 * (at most every half second) and a closing note of what the whole read cost.
 */
final class TransferProgress implements ProgressListener {

    private static final long INTERVAL_NANOS = 500_000_000L;

    private final ProgressListener delegate;
    private final TransferCounter counter;
    private long lastStatus;

    TransferProgress(ProgressListener delegate, TransferCounter counter) {
        this.delegate = delegate;
        this.counter = counter;
    }

    @Override
    public void begin(String task, long total) {
        delegate.begin(task, total);
        delegate.status(counter.describe());
    }

    @Override
    public void advance(long delta) {
        delegate.advance(delta);
        long now = System.nanoTime();
        boolean due;
        synchronized (this) {
            due = now - lastStatus >= INTERVAL_NANOS;
            if (due) {
                lastStatus = now;
            }
        }
        if (due) {
            delegate.status(counter.describe());
        }
    }

    @Override
    public void end() {
        delegate.status(counter.describe());
        delegate.end();
    }

    @Override
    public void status(String status) {
        delegate.status(status);
    }

    @Override
    public void note(String line) {
        delegate.note(line);
    }
}

package io.maskgate.validation;

/**
 * Progress of long work: a progress bar on a terminal, periodic log lines in Maven. Called from
 * worker threads, so implementations must be thread-safe.
 */
public interface ProgressListener {

    ProgressListener NONE = new ProgressListener() {
        @Override
        public void begin(String task, long total) {
        }

        @Override
        public void advance(long delta) {
        }

        @Override
        public void end() {
        }
    };

    /** Starts a task of {@code total} units (e.g. chunks). */
    void begin(String task, long total);

    void advance(long delta);

    void end();

    /** A short live status beside the current task, e.g. the bytes and requests a remote read has taken. */
    default void status(String status) {
    }

    /** A one-off line for the user, e.g. what reading a remote store cost in all. */
    default void note(String line) {
    }
}

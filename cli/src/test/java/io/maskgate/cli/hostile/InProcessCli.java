package io.maskgate.cli.hostile;

import io.maskgate.cli.CliEnvironment;
import io.maskgate.cli.Maskgate;
import io.maskgate.engine.Validator;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Runs the CLI's real entry point ({@link Maskgate#run}, what {@code main} calls) on a worker thread with a time
 * bound, its own streams captured, and {@code System.out}/{@code System.err} captured apart: whatever reaches those
 * directly came from a library, not from maskgate.
 */
final class InProcessCli {

    /**
     * One run.
     *
     * @param exit    the exit code, or -1 when the run did not end in time
     * @param out     what maskgate wrote to its standard output
     * @param err     what maskgate wrote to its standard error
     * @param foreign what reached {@code System.out}/{@code System.err} directly (libraries, JVM)
     * @param thrown  an exception that escaped {@link Maskgate#run}, else null
     * @param millis  wall time
     */
    record Run(int exit, String out, String err, String foreign, Throwable thrown, long millis) {
        boolean timedOut() {
            return exit == -1 && thrown == null;
        }

        /** Everything a user would see on the console. */
        String console() {
            return out + err + foreign;
        }
    }

    private ExecutorService worker = newWorker();
    private volatile Thread current;
    private final SwitchableStream systemOut;
    private final SwitchableStream systemErr;

    /**
     * Installs switchable {@code System.out}/{@code System.err} at once: libraries that keep the stream they find
     * when they start (log4j's console appender) then write where the current case's capture is.
     */
    InProcessCli() {
        systemOut = new SwitchableStream(System.out);
        systemErr = new SwitchableStream(System.err);
        System.setOut(systemOut);
        System.setErr(systemErr);
    }

    /** Puts the original streams back. */
    void close() {
        System.setOut(systemOut.original);
        System.setErr(systemErr.original);
        worker.shutdownNow();
    }

    /** A PrintStream whose destination can change after others took a reference to it. */
    private static final class SwitchableStream extends PrintStream {
        final PrintStream original;
        private volatile java.io.OutputStream target;

        SwitchableStream(PrintStream original) {
            super(original, true, StandardCharsets.UTF_8);
            this.original = original;
            this.target = original;
        }

        void to(java.io.OutputStream t) {
            target = t;
        }

        @Override
        public void write(int b) {
            try {
                target.write(b);
            } catch (java.io.IOException e) {
                setError();
            }
        }

        @Override
        public void write(byte[] buf, int off, int len) {
            try {
                target.write(buf, off, len);
            } catch (java.io.IOException e) {
                setError();
            }
        }

        @Override
        public void flush() {
            try {
                target.flush();
            } catch (java.io.IOException e) {
                setError();
            }
        }
    }

    private static ExecutorService newWorker() {
        return Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "hostile-case");
            t.setUncaughtExceptionHandler((th, ex) -> { });
            t.setDaemon(true);
            return t;
        });
    }

    Run run(long timeoutSeconds, List<Path> fifos, List<String> args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        ByteArrayOutputStream foreign = new ByteArrayOutputStream();
        long start = System.nanoTime();
        try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
             PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8);
             PrintStream f = new PrintStream(foreign, true, StandardCharsets.UTF_8)) {
            systemOut.to(foreign);
            systemErr.to(foreign);
            CliEnvironment env = new CliEnvironment(o, e, Map.of(), false, Validator::new);
            Future<Integer> result = worker.submit(() -> {
                current = Thread.currentThread();
                return Maskgate.run(env, args.toArray(String[]::new));
            });
            int exit = -1;
            Throwable thrown = null;
            try {
                exit = result.get(timeoutSeconds, TimeUnit.SECONDS);
            } catch (TimeoutException timeout) {
                result.cancel(true);
                unblock(fifos);
                stop(result);
                worker.shutdownNow();
                worker = newWorker();
            } catch (ExecutionException ex) {
                thrown = ex.getCause();
            } catch (InterruptedException ex) {
                Thread.currentThread().interrupt();
                thrown = ex;
            }
            unblock(fifos);
            long millis = (System.nanoTime() - start) / 1_000_000;
            o.flush();
            e.flush();
            f.flush();
            return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8),
                    foreign.toString(StandardCharsets.UTF_8), thrown, millis);
        } finally {
            systemOut.to(systemOut.original);
            systemErr.to(systemErr.original);
        }
    }

    /**
     * Stops a worker still running after its time bound (a hang or a quadratic loop), so it neither burns the CPU
     * nor holds heap while later cases run. Thread.stop is the only way to end a thread that ignores interrupts;
     * this JVM runs nothing but this test.
     */
    @SuppressWarnings({"deprecation", "removal"})
    private void stop(Future<Integer> result) {
        Thread t = current;
        for (int i = 0; i < 50 && t != null && t.isAlive() && !result.isDone(); i++) {
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        if (t != null && t.isAlive()) {
            t.stop();
        }
    }

    /**
     * Opens every pipe for reading and writing (which never blocks on Linux) and closes it: a reader stuck opening
     * it is released and sees the end of the stream.
     */
    static void unblock(List<Path> fifos) {
        for (Path p : fifos) {
            Thread t = new Thread(() -> {
                try (RandomAccessFile f = new RandomAccessFile(p.toFile(), "rw")) {
                    f.getFD().valid();
                } catch (java.io.IOException ignored) {
                    // gone or not a pipe any more: nothing to release
                }
            }, "unblock-fifo");
            t.setDaemon(true);
            t.start();
            try {
                t.join(2000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}

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

    private static ExecutorService newWorker() {
        return Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "hostile-case");
            t.setDaemon(true);
            return t;
        });
    }

    Run run(long timeoutSeconds, List<Path> fifos, List<String> args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        ByteArrayOutputStream foreign = new ByteArrayOutputStream();
        PrintStream systemOut = System.out;
        PrintStream systemErr = System.err;
        long start = System.nanoTime();
        try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
             PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8);
             PrintStream f = new PrintStream(foreign, true, StandardCharsets.UTF_8)) {
            System.setOut(f);
            System.setErr(f);
            CliEnvironment env = new CliEnvironment(o, e, Map.of(), false, Validator::new);
            Future<Integer> result = worker.submit(() -> Maskgate.run(env, args.toArray(String[]::new)));
            int exit = -1;
            Throwable thrown = null;
            try {
                exit = result.get(timeoutSeconds, TimeUnit.SECONDS);
            } catch (TimeoutException timeout) {
                result.cancel(true);
                unblock(fifos);
                // the stuck worker is abandoned (daemon); later cases get a fresh one
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
            System.setOut(systemOut);
            System.setErr(systemErr);
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

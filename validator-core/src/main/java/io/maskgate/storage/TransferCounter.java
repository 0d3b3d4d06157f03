package io.maskgate.storage;

import java.util.Locale;
import java.util.concurrent.atomic.LongAdder;

/** Requests, retries and bytes a remote storage has transferred; thread-safe, one per opened store. */
public final class TransferCounter {

    private final LongAdder requests = new LongAdder();
    private final LongAdder retries = new LongAdder();
    private final LongAdder bytes = new LongAdder();

    /** Counts one request sent (retries included). */
    public void request() {
        requests.increment();
    }

    /** Counts one request that is a retry of an earlier one. */
    public void retry() {
        retries.increment();
    }

    /** Counts body bytes received. */
    public void received(long n) {
        bytes.add(n);
    }

    public long requests() {
        return requests.sum();
    }

    public long retries() {
        return retries.sum();
    }

    public long bytes() {
        return bytes.sum();
    }

    /** For progress lines, e.g. {@code 12.4 MB in 311 requests (2 retried)}. */
    public String describe() {
        long r = retries();
        return megabytes(bytes()) + " in " + requests() + (requests() == 1 ? " request" : " requests")
                + (r > 0 ? " (" + r + " retried)" : "");
    }

    private static String megabytes(long n) {
        return String.format(Locale.ROOT, "%.1f MB", n / 1e6);
    }
}

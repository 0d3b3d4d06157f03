package io.maskgate.storage.remote;

import java.time.Duration;

/**
 * How a remote storage talks to its server.
 *
 * @param maxInFlight   requests in flight at once, over every reader of the store
 * @param timeout       the longest one request may take, headers and body
 * @param attempts      tries per request for statuses worth retrying (429, 5xx), timeouts and cut bodies
 * @param backoff       the wait before the first retry; doubled for each further one
 * @param inlineLimit   the largest body held in memory from one response; larger values are read by ranges
 */
public record RemoteSettings(int maxInFlight, Duration timeout, int attempts, Duration backoff, long inlineLimit) {

    public RemoteSettings {
        if (maxInFlight < 1 || attempts < 1 || inlineLimit < 1) {
            throw new IllegalArgumentException("maxInFlight, attempts and inlineLimit must be positive");
        }
        if (timeout.isNegative() || timeout.isZero() || backoff.isNegative()) {
            throw new IllegalArgumentException("timeout must be positive and backoff not negative");
        }
    }

    /** 16 requests in flight, 60 s per request, 4 attempts from 200 ms, bodies of up to 256 MiB in memory. */
    public static RemoteSettings defaults() {
        return new RemoteSettings(16, Duration.ofSeconds(60), 4, Duration.ofMillis(200), 256L << 20);
    }

    public RemoteSettings withTimeout(Duration v) {
        return new RemoteSettings(maxInFlight, v, attempts, backoff, inlineLimit);
    }

    public RemoteSettings withAttempts(int v) {
        return new RemoteSettings(maxInFlight, timeout, v, backoff, inlineLimit);
    }

    public RemoteSettings withBackoff(Duration v) {
        return new RemoteSettings(maxInFlight, timeout, attempts, v, inlineLimit);
    }

    public RemoteSettings withMaxInFlight(int v) {
        return new RemoteSettings(v, timeout, attempts, backoff, inlineLimit);
    }

    public RemoteSettings withInlineLimit(long v) {
        return new RemoteSettings(maxInFlight, timeout, attempts, backoff, v);
    }
}

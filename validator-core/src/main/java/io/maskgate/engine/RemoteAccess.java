package io.maskgate.engine;

import java.time.Duration;

/**
 * How to reach remote targets ({@code https://…}, {@code s3://…}); local paths ignore it.
 *
 * @param s3Endpoint an S3-compatible server for {@code s3://} targets (path-style access), or null for AWS
 * @param s3Region   the S3 region, or null for the AWS SDK's default chain
 * @param timeout    the longest one request may take
 * @param requests   requests in flight at once
 */
public record RemoteAccess(String s3Endpoint, String s3Region, Duration timeout, int requests) {

    public RemoteAccess {
        if (timeout == null || timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("the request timeout must be positive");
        }
        if (requests < 1) {
            throw new IllegalArgumentException("requests in flight must be at least 1: " + requests);
        }
    }

    /** AWS's own endpoints, the default region chain, 60 s per request, 16 requests in flight. */
    public static RemoteAccess defaults() {
        return new RemoteAccess(null, null, Duration.ofSeconds(60), 16);
    }

    public RemoteAccess withS3Endpoint(String v) {
        return new RemoteAccess(v, s3Region, timeout, requests);
    }

    public RemoteAccess withS3Region(String v) {
        return new RemoteAccess(s3Endpoint, v, timeout, requests);
    }

    public RemoteAccess withTimeout(Duration v) {
        return new RemoteAccess(s3Endpoint, s3Region, v, requests);
    }

    public RemoteAccess withRequests(int v) {
        return new RemoteAccess(s3Endpoint, s3Region, timeout, v);
    }
}

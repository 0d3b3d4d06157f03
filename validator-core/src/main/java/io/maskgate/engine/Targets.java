package io.maskgate.engine;

import io.maskgate.storage.http.HttpStorage;
import io.maskgate.storage.remote.RemoteSettings;
import io.maskgate.storage.s3.S3Location;
import io.maskgate.storage.s3.S3Storage;
import io.maskgate.validation.Target;
import io.maskgate.validation.UsageException;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Turns what a user typed into a {@link Target}: {@code http(s)://…} and {@code s3://…} are remote Zarr stores,
 * anything else a local path.
 */
public final class Targets {

    private Targets() {
    }

    /** An opened target and what must be closed after it is validated (an S3 client). */
    public record Opened(Target target, AutoCloseable resource) implements AutoCloseable {
        @Override
        public void close() {
            if (resource != null) {
                try {
                    resource.close();
                } catch (Exception e) {
                    // Closing a client after the report is built cannot change the verdict.
                }
            }
        }
    }

    /** True when {@code spec} names a remote store ({@code http://}, {@code https://}, {@code s3://}). */
    public static boolean isRemote(String spec) {
        String s = spec.toLowerCase(Locale.ROOT);
        return s.startsWith("http://") || s.startsWith("https://") || s.startsWith("s3://");
    }

    /**
     * Opens {@code spec}.
     *
     * @throws UsageException for a malformed URL, an unsupported scheme, or S3 options given for another target
     */
    public static Opened open(String spec, RemoteAccess access) {
        String lower = spec.toLowerCase(Locale.ROOT);
        boolean s3 = lower.startsWith("s3://");
        if (!s3 && (access.s3Endpoint() != null || access.s3Region() != null)) {
            throw new UsageException("--s3-endpoint and --s3-region apply to s3:// targets only, not " + display(spec));
        }
        RemoteSettings settings = RemoteSettings.defaults().withTimeout(access.timeout()).withMaxInFlight(access.requests());
        if (lower.startsWith("http://") || lower.startsWith("https://")) {
            URI uri;
            try {
                uri = new URI(spec);
            } catch (URISyntaxException e) {
                throw new UsageException("not a valid URL: " + display(spec) + " (" + e.getReason() + ")");
            }
            try {
                HttpStorage storage = HttpStorage.open(uri, settings);
                return new Opened(Target.of(storage.name(), storage), null);
            } catch (IllegalArgumentException e) {
                throw new UsageException(e.getMessage());
            }
        }
        if (s3) {
            try {
                S3Location location = S3Location.parse(spec);
                URI endpoint = access.s3Endpoint() == null ? null : S3Location.endpoint(access.s3Endpoint());
                S3Storage storage = S3Storage.open(location, endpoint, access.s3Region(), settings);
                return new Opened(Target.of(storage.name(), storage), storage);
            } catch (IllegalArgumentException e) {
                throw new UsageException(e.getMessage());
            }
        }
        int scheme = spec.indexOf("://");
        if (scheme > 0 && spec.substring(0, scheme).matches("[A-Za-z][A-Za-z0-9+.-]*")) {
            throw new UsageException("unsupported address " + display(spec)
                    + ": maskgate reads local paths, http(s):// and s3:// stores");
        }
        try {
            return new Opened(Target.local(Path.of(spec)), null);
        } catch (InvalidPathException e) {
            throw new UsageException("not a valid path: " + spec);
        }
    }

    /**
     * {@code spec} without user information, for messages: everything between {@code ://} and the last
     * {@code @} goes, so a password that holds an unencoded {@code /} is dropped too (an {@code @} in a path
     * over-redacts, which is the safe side).
     */
    static String display(String spec) {
        int scheme = spec.indexOf("://");
        int at = spec.lastIndexOf('@');
        return scheme >= 0 && at > scheme ? spec.substring(0, scheme + 3) + spec.substring(at + 1) : spec;
    }
}

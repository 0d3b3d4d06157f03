package io.maskgate.storage.s3;

import java.net.URI;
import java.util.Locale;

/**
 * An {@code s3://bucket/prefix} address.
 *
 * @param bucket the bucket
 * @param prefix the key prefix of the store, without leading or trailing {@code /}; {@code ""} for the bucket
 */
public record S3Location(String bucket, String prefix) {

    /** Parses {@code s3://bucket/key/prefix}; trailing slashes are dropped. */
    public static S3Location parse(String uri) {
        if (!uri.regionMatches(true, 0, "s3://", 0, 5)) {
            throw new IllegalArgumentException("not an s3:// address: " + uri);
        }
        String rest = uri.substring(5);
        int slash = rest.indexOf('/');
        String bucket = slash < 0 ? rest : rest.substring(0, slash);
        String prefix = slash < 0 ? "" : rest.substring(slash + 1);
        while (prefix.endsWith("/")) {
            prefix = prefix.substring(0, prefix.length() - 1);
        }
        if (bucket.isEmpty() || bucket.contains("@") || bucket.contains(":")) {
            // Not echoed: "s3://KEY:SECRET@bucket" would print a secret.
            throw new IllegalArgumentException("no valid bucket name in the s3:// address (s3://BUCKET/PREFIX; "
                    + "credentials come from the AWS default chain, never from the address)");
        }
        if (prefix.startsWith("/") || prefix.contains("//")) {
            throw new IllegalArgumentException("empty path segment in s3://" + bucket + "/" + prefix);
        }
        return new S3Location(bucket, prefix);
    }

    /** The {@code s3://} URI of {@code key} (a key of the bucket). */
    public static String uri(String bucket, String key) {
        return "s3://" + bucket + (key.isEmpty() ? "" : "/" + key);
    }

    /** Checks that {@code endpoint} is an http(s) URL without credentials in it. */
    public static URI endpoint(String endpoint) {
        URI uri = URI.create(endpoint);
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if ((!scheme.equals("http") && !scheme.equals("https")) || uri.getHost() == null) {
            throw new IllegalArgumentException("--s3-endpoint must be an http(s) URL, e.g. http://127.0.0.1:9000");
        }
        if (uri.getRawUserInfo() != null) {
            throw new IllegalArgumentException("--s3-endpoint must not hold credentials; use the AWS credential chain "
                    + "(environment, profile, ...)");
        }
        return uri;
    }
}

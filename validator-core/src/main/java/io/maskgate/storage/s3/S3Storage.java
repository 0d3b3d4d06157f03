package io.maskgate.storage.s3;

import io.maskgate.storage.KeyVisitor;
import io.maskgate.storage.Keys;
import io.maskgate.storage.Storage;
import io.maskgate.storage.remote.RemoteResponse;
import io.maskgate.storage.remote.RemoteSettings;
import io.maskgate.storage.remote.RemoteStorage;
import software.amazon.awssdk.auth.credentials.AnonymousCredentialsProvider;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProviderChain;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.http.nio.netty.NettyNioAsyncHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.regions.providers.DefaultAwsRegionProviderChain;
import software.amazon.awssdk.services.s3.S3AsyncClient;
import software.amazon.awssdk.services.s3.S3AsyncClientBuilder;
import software.amazon.awssdk.services.s3.model.GetObjectRequest;
import software.amazon.awssdk.services.s3.model.ListObjectsV2Request;
import software.amazon.awssdk.services.s3.model.ListObjectsV2Response;
import software.amazon.awssdk.services.s3.model.S3Exception;
import software.amazon.awssdk.services.s3.model.S3Object;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.URI;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;

/**
 * A Zarr store in S3 or an S3-compatible object store (MinIO, Ceph), read with the AWS SDK's asynchronous
 * client on Netty. Credentials come from the SDK's default chain (environment, system properties, profile,
 * container and instance roles), falling back to anonymous access for public buckets; they are never part
 * of a name or a message. Lists keys with ListObjectsV2, so the stray-key check runs.
 *
 * <p>Open one per validation and {@link #close} it: the client holds connections and threads.
 */
public final class S3Storage extends RemoteStorage implements AutoCloseable {

    /** Keys per ListObjectsV2 page: the protocol's maximum. */
    static final int PAGE_SIZE = 1000;

    private final Client client;

    /** The SDK client and bucket, shared by every view. */
    private record Client(S3AsyncClient s3, String bucket, String storePrefix, int pageSize) {
    }

    private S3Storage(Shared shared, Client client, String base) {
        super(shared, base);
        this.client = client;
    }

    /**
     * The store at {@code location}.
     *
     * @param endpoint an S3-compatible server (path-style addressing), or null for AWS
     * @param region   the region, or null for the SDK's default chain (us-east-1 when it has none)
     */
    public static S3Storage open(S3Location location, URI endpoint, String region, RemoteSettings settings) {
        return open(location, endpoint, region, settings, PAGE_SIZE);
    }

    /** As {@link #open(S3Location, URI, String, RemoteSettings)} with a listing page size (tests use small pages). */
    static S3Storage open(S3Location location, URI endpoint, String region, RemoteSettings settings, int pageSize) {
        S3AsyncClientBuilder b = S3AsyncClient.builder()
                .httpClientBuilder(NettyNioAsyncHttpClient.builder()
                        .maxConcurrency(settings.maxInFlight())
                        .connectionTimeout(settings.timeout())
                        .readTimeout(settings.timeout()))
                .credentialsProvider(AwsCredentialsProviderChain.builder()
                        .credentialsProviders(DefaultCredentialsProvider.builder().build(),
                                AnonymousCredentialsProvider.create())
                        .reuseLastProviderEnabled(true)
                        .build())
                .region(Region.of(region != null ? region : defaultRegion()))
                .overrideConfiguration(o -> o
                        .apiCallTimeout(settings.timeout())
                        .retryStrategy(r -> r.maxAttempts(settings.attempts())));
        if (endpoint != null) {
            b.endpointOverride(endpoint).forcePathStyle(true);
        } else {
            b.crossRegionAccessEnabled(true);
        }
        S3AsyncClient s3 = b.build();
        return new S3Storage(new Shared(settings), new Client(s3, location.bucket(), location.prefix(), pageSize), "");
    }

    private static String defaultRegion() {
        try {
            return DefaultAwsRegionProviderChain.builder().build().getRegion().id();
        } catch (SdkClientException e) {
            return "us-east-1";
        }
    }

    @Override
    public void close() {
        client.s3().close();
    }

    private String objectKey(String fullKey) {
        return Keys.join(client.storePrefix(), fullKey);
    }

    @Override
    protected String locate(String fullKey) {
        return S3Location.uri(client.bucket(), objectKey(fullKey));
    }

    @Override
    protected Storage view(String fullPrefix) {
        return new S3Storage(shared(), client, fullPrefix);
    }

    @Override
    protected RemoteResponse get(String fullKey, long offset, long length) throws IOException {
        GetObjectRequest.Builder rb = GetObjectRequest.builder().bucket(client.bucket()).key(objectKey(fullKey));
        if (length >= 0) {
            rb.range(offset < 0 ? "bytes=-" + Math.max(length, 1)
                    : "bytes=" + offset + "-" + (offset + Math.max(length, 1) - 1));
        }
        long limit = length < 0 ? settings().inlineLimit() : Math.max(length, 1);
        counter().request();
        try {
            return await(client.s3().getObject(rb.build(), new BodyTransformer(limit, counter())), fullKey);
        } catch (S3Exception e) {
            int status = e.statusCode();
            if (status == 404 || status == 403 || status == 410) {
                return new RemoteResponse.Absent(status);
            }
            if (status == 416) {
                return new RemoteResponse.Body(new byte[0], Math.max(0, offset));
            }
            throw failure(fullKey, e);
        }
    }

    @Override
    public void list(String prefix, KeyVisitor visitor) throws IOException {
        String folder = full(prefix);
        String listed = objectKey(folder);
        String from = listed.isEmpty() ? "" : listed + "/";
        String strip = base().isEmpty() ? objectKey("") : objectKey(base());
        int cut = strip.isEmpty() ? 0 : strip.length() + 1;
        String token = null;
        do {
            ListObjectsV2Request.Builder rb = ListObjectsV2Request.builder().bucket(client.bucket()).prefix(from)
                    .maxKeys(client.pageSize());
            if (token != null) {
                rb.continuationToken(token);
            }
            counter().request();
            ListObjectsV2Response page;
            try {
                page = await(client.s3().listObjectsV2(rb.build()), folder);
            } catch (SdkException e) {
                throw new IOException("cannot list " + locate(folder) + ": " + describe(e), e);
            }
            for (S3Object o : page.contents()) {
                if (o.key().length() > cut && !o.key().endsWith("/")) {
                    visitor.key(o.key().substring(cut));
                }
            }
            token = Boolean.TRUE.equals(page.isTruncated()) ? page.nextContinuationToken() : null;
        } while (token != null);
    }

    private <T> T await(CompletableFuture<T> future, String fullKey) throws IOException {
        try {
            return future.get();
        } catch (InterruptedException e) {
            future.cancel(true);
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while reading " + locate(fullKey));
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            while (cause instanceof java.util.concurrent.CompletionException && cause.getCause() != null) {
                cause = cause.getCause();
            }
            if (cause instanceof S3Exception s3) {
                throw s3;
            }
            if (cause instanceof SdkException sdk) {
                throw failure(fullKey, sdk);
            }
            if (cause instanceof IOException io) {
                throw new IOException(io.getMessage() + ", from " + locate(fullKey), io);
            }
            throw new IOException("cannot read " + locate(fullKey) + ": " + cause, cause);
        }
    }

    private IOException failure(String fullKey, SdkException e) {
        return new IOException("cannot read " + locate(fullKey) + ": " + describe(e), e);
    }

    /** The SDK's message without request details; status and error code for service errors. */
    private static String describe(SdkException e) {
        if (e instanceof S3Exception s3) {
            String code = s3.awsErrorDetails() == null ? null : s3.awsErrorDetails().errorCode();
            return "HTTP " + s3.statusCode() + (code == null ? "" : " " + code);
        }
        String m = e.getMessage();
        return m == null ? e.getClass().getSimpleName() : m;
    }

    @Override
    public Optional<String> listingUnavailable() {
        return Optional.empty();
    }
}

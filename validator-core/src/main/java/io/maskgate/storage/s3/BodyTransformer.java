package io.maskgate.storage.s3;

import io.maskgate.storage.TransferCounter;
import io.maskgate.storage.remote.RemoteResponse;
import org.reactivestreams.Subscriber;
import org.reactivestreams.Subscription;
import software.amazon.awssdk.core.async.AsyncResponseTransformer;
import software.amazon.awssdk.core.async.SdkPublisher;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.concurrent.CompletableFuture;

/**
 * Receives a GetObject body straight into its final array (sized from the object's length, so the bytes are
 * copied once from the client's buffers), refuses whole objects over the limit without downloading them, and
 * fails a body that ends before its declared length. The SDK may call {@link #prepare} again for a retry.
 */
final class BodyTransformer implements AsyncResponseTransformer<GetObjectResponse, RemoteResponse> {

    private final long limit;
    private final TransferCounter counter;
    private volatile CompletableFuture<RemoteResponse> result;
    private volatile GetObjectResponse response;

    BodyTransformer(long limit, TransferCounter counter) {
        this.limit = limit;
        this.counter = counter;
    }

    @Override
    public CompletableFuture<RemoteResponse> prepare() {
        result = new CompletableFuture<>();
        return result;
    }

    @Override
    public void onResponse(GetObjectResponse r) {
        response = r;
    }

    @Override
    public void onStream(SdkPublisher<ByteBuffer> publisher) {
        GetObjectResponse r = response;
        long declared = r.contentLength() == null ? -1 : r.contentLength();
        long total = totalSize(r, declared);
        CompletableFuture<RemoteResponse> target = result;
        if (declared > limit) {
            publisher.subscribe(new Subscriber<ByteBuffer>() {
                @Override
                public void onSubscribe(Subscription s) {
                    s.cancel();
                    target.complete(new RemoteResponse.TooLarge(total));
                }

                @Override
                public void onNext(ByteBuffer b) {
                }

                @Override
                public void onError(Throwable t) {
                    target.complete(new RemoteResponse.TooLarge(total));
                }

                @Override
                public void onComplete() {
                    target.complete(new RemoteResponse.TooLarge(total));
                }
            });
            return;
        }
        publisher.subscribe(new Collector(declared, total, target));
    }

    @Override
    public void exceptionOccurred(Throwable error) {
        CompletableFuture<RemoteResponse> target = result;
        if (target != null) {
            target.completeExceptionally(error);
        }
    }

    /** The whole object's size: from Content-Range for a range, else the body's length. */
    private static long totalSize(GetObjectResponse r, long declared) {
        String range = r.contentRange();
        if (range != null) {
            int slash = range.lastIndexOf('/');
            if (slash >= 0 && !range.endsWith("*")) {
                try {
                    return Long.parseLong(range.substring(slash + 1).trim());
                } catch (NumberFormatException e) {
                    return declared;
                }
            }
        }
        return declared;
    }

    /** Copies the body's buffers into one array. */
    private final class Collector implements Subscriber<ByteBuffer> {
        private final long declared;
        private final long total;
        private final CompletableFuture<RemoteResponse> target;
        private byte[] bytes;
        private int length;
        private Subscription subscription;

        Collector(long declared, long total, CompletableFuture<RemoteResponse> target) {
            this.declared = declared;
            this.total = total;
            this.target = target;
            this.bytes = new byte[declared >= 0 ? (int) declared : 8192];
        }

        @Override
        public void onSubscribe(Subscription s) {
            subscription = s;
            s.request(Long.MAX_VALUE);
        }

        @Override
        public void onNext(ByteBuffer b) {
            int n = b.remaining();
            counter.received(n);
            if ((long) length + n > limit || (declared >= 0 && (long) length + n > declared)) {
                subscription.cancel();
                target.completeExceptionally(new IOException("the response body is longer than "
                        + (declared >= 0 ? "its Content-Length of " + declared : limit) + " bytes"));
                return;
            }
            if (length + n > bytes.length) {
                bytes = Arrays.copyOf(bytes, (int) Math.min(Integer.MAX_VALUE - 8L, Math.max((long) length + n, bytes.length * 2L)));
            }
            b.get(bytes, length, n);
            length += n;
        }

        @Override
        public void onError(Throwable t) {
            target.completeExceptionally(new IOException("the response body broke off after " + length
                    + (declared >= 0 ? " of " + declared : "") + " bytes (" + t.getMessage() + ")", t));
        }

        @Override
        public void onComplete() {
            if (declared >= 0 && length < declared) {
                target.completeExceptionally(new IOException("the response body ended after " + length + " of its "
                        + declared + " bytes"));
                return;
            }
            byte[] body = length == bytes.length ? bytes : Arrays.copyOf(bytes, length);
            target.complete(new RemoteResponse.Body(body, total >= 0 ? total : length));
        }
    }
}

package io.maskgate.storage.http;

import io.maskgate.storage.TransferCounter;

import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;

/**
 * Receives one response body straight into its final array (sized from {@code Content-Length}, so a chunk is
 * copied once, from the client's buffers), refuses bodies over a limit without downloading them, and fails a
 * body that ends before its declared length.
 */
final class BodyReader {

    /** The body, or only its declared length when it was over the limit; error statuses carry no body. */
    record Result(byte[] bytes, boolean tooLarge, long declaredLength) {
    }

    private static final Result NONE = new Result(new byte[0], false, -1);

    private final long partLimit;
    private final long wholeLimit;
    private final TransferCounter counter;

    /**
     * @param partLimit  the longest body of a 206 (partial content) answer
     * @param wholeLimit the longest body of a 200 answer, the whole value; longer ones are refused
     */
    BodyReader(long partLimit, long wholeLimit, TransferCounter counter) {
        this.partLimit = partLimit;
        this.wholeLimit = wholeLimit;
        this.counter = counter;
    }

    HttpResponse.BodySubscriber<Result> subscriber(HttpResponse.ResponseInfo info) {
        int status = info.statusCode();
        if (status != 200 && status != 206) {
            return HttpResponse.BodySubscribers.replacing(NONE); // error pages are not read
        }
        OptionalLong declared = info.headers().firstValueAsLong("Content-Length");
        if (declared.isPresent() && declared.getAsLong() > wholeLimit && status == 200) {
            return new Refused(declared.getAsLong());
        }
        return new Collector(declared.isPresent() ? declared.getAsLong() : -1, status == 206 ? partLimit : wholeLimit);
    }

    /** Cancels the body at once: the caller reads the value by ranges instead. */
    private static final class Refused implements HttpResponse.BodySubscriber<Result> {
        private final CompletableFuture<Result> result = new CompletableFuture<>();
        private final long declared;

        Refused(long declared) {
            this.declared = declared;
        }

        @Override
        public CompletionStage<Result> getBody() {
            return result;
        }

        @Override
        public void onSubscribe(Flow.Subscription subscription) {
            subscription.cancel();
            result.complete(new Result(new byte[0], true, declared));
        }

        @Override
        public void onNext(List<ByteBuffer> item) {
        }

        @Override
        public void onError(Throwable throwable) {
            result.complete(new Result(new byte[0], true, declared));
        }

        @Override
        public void onComplete() {
            result.complete(new Result(new byte[0], true, declared));
        }
    }

    /** Copies the body's buffers into one array. */
    private final class Collector implements HttpResponse.BodySubscriber<Result> {
        private final CompletableFuture<Result> result = new CompletableFuture<>();
        private final long declared;
        private final long limit;
        private byte[] bytes;
        private int length;
        private Flow.Subscription subscription;

        Collector(long declared, long limit) {
            this.declared = declared;
            this.limit = limit;
            // Never more than the limit up front: a body declared longer fails at its first bytes past it.
            this.bytes = new byte[(int) Math.max(0, Math.min(declared, Math.min(limit, Integer.MAX_VALUE - 8)))];
            if (declared < 0) {
                bytes = new byte[8192];
            }
        }

        @Override
        public CompletionStage<Result> getBody() {
            return result;
        }

        @Override
        public void onSubscribe(Flow.Subscription s) {
            subscription = s;
            s.request(Long.MAX_VALUE);
        }

        @Override
        public void onNext(List<ByteBuffer> buffers) {
            for (ByteBuffer b : buffers) {
                int n = b.remaining();
                counter.received(n);
                if ((long) length + n > limit || (declared >= 0 && (long) length + n > declared)) {
                    subscription.cancel();
                    result.completeExceptionally(new CutShortException(declared >= 0
                            ? "the response body is longer than its Content-Length of " + declared + " bytes"
                            : "the response body exceeds " + limit + " bytes"));
                    return;
                }
                if (length + n > bytes.length) {
                    bytes = Arrays.copyOf(bytes, (int) Math.min(Integer.MAX_VALUE - 8L,
                            Math.max((long) length + n, bytes.length * 2L)));
                }
                b.get(bytes, length, n);
                length += n;
            }
        }

        @Override
        public void onError(Throwable throwable) {
            String got = declared >= 0 ? length + " of " + declared : String.valueOf(length);
            result.completeExceptionally(new CutShortException("the response body broke off after " + got
                    + " bytes (" + throwable.getMessage() + ")"));
        }

        @Override
        public void onComplete() {
            if (declared >= 0 && length < declared) {
                result.completeExceptionally(new CutShortException("the response body ended after " + length
                        + " of its " + declared + " bytes"));
                return;
            }
            result.complete(new Result(length == bytes.length ? bytes : Arrays.copyOf(bytes, length), false, length));
        }
    }
}

package io.maskgate.storage.http;

import io.maskgate.storage.KeyVisitor;
import io.maskgate.storage.Storage;
import io.maskgate.storage.remote.RemoteResponse;
import io.maskgate.storage.remote.RemoteSettings;
import io.maskgate.storage.remote.RemoteStorage;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A Zarr store served over HTTP(S), read with the JDK's {@link HttpClient}: HTTP/2 when the server offers it,
 * redirects followed (never from HTTPS to HTTP), byte ranges for partial reads, a bounded number of requests
 * in flight, and retries with exponential backoff for 429, 5xx, timeouts and bodies cut short. Plain HTTP has
 * no listing, so {@link #list} is not available ({@link #listingUnavailable} says why).
 *
 * <p>A user name and password in the URL ({@code https://user:secret@host/...}) are sent as HTTP basic
 * authentication and never appear in names or messages.
 */
public final class HttpStorage extends RemoteStorage {

    private final Connection connection;

    /** The client and the store's root URL, shared by every view. */
    private record Connection(HttpClient client, URI root, String authorization) {
    }

    private HttpStorage(Shared shared, Connection connection, String base) {
        super(shared, base);
        this.connection = connection;
    }

    /**
     * The store at {@code url} ({@code http} or {@code https}); its keys are paths below it.
     *
     * @throws IllegalArgumentException for another scheme or a URL with a query or fragment
     */
    public static HttpStorage open(URI url, RemoteSettings settings) {
        String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new IllegalArgumentException("not an http(s) URL: " + redact(url));
        }
        if (url.getHost() == null) {
            throw new IllegalArgumentException("no host in " + redact(url));
        }
        if (url.getRawQuery() != null || url.getRawFragment() != null) {
            throw new IllegalArgumentException("a store URL has no query or fragment: " + redact(url));
        }
        String authorization = null;
        if (url.getRawUserInfo() != null) {
            authorization = "Basic " + Base64.getEncoder().encodeToString(
                    url.getUserInfo().getBytes(StandardCharsets.UTF_8));
        }
        String path = url.getRawPath() == null ? "" : url.getRawPath();
        while (path.endsWith("/")) {
            path = path.substring(0, path.length() - 1);
        }
        URI root;
        try {
            root = new URI(scheme, null, url.getHost(), url.getPort(), null, null, null)
                    .resolve(path.isEmpty() ? "/" : path + "/");
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("invalid URL " + redact(url) + ": " + e.getReason(), e);
        }
        HttpClient client = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_2)
                .followRedirects(HttpClient.Redirect.NORMAL)
                .connectTimeout(settings.timeout())
                .build();
        return new HttpStorage(new Shared(settings), new Connection(client, root, authorization), "");
    }

    /**
     * {@code url} without user information, for messages: everything between {@code ://} and the last
     * {@code @} goes, also when a password with an unencoded {@code /} made the URL parse oddly.
     */
    public static String redact(URI url) {
        String s = url.toString();
        int scheme = s.indexOf("://");
        int at = s.lastIndexOf('@');
        return scheme >= 0 && at > scheme ? s.substring(0, scheme + 3) + s.substring(at + 1) : s;
    }

    @Override
    protected String locate(String fullKey) {
        String s = url(fullKey).toString();
        return fullKey.isEmpty() && s.endsWith("/") ? s.substring(0, s.length() - 1) : s;
    }

    @Override
    protected Storage view(String fullPrefix) {
        return new HttpStorage(shared(), connection, fullPrefix);
    }

    @Override
    public Optional<String> listingUnavailable() {
        return Optional.of("plain HTTP(S) has no listing of a folder's keys");
    }

    @Override
    public void list(String prefix, KeyVisitor visitor) throws IOException {
        throw new IOException("cannot list " + locate(full(prefix)) + ": " + listingUnavailable().orElseThrow());
    }

    private URI url(String fullKey) {
        StringBuilder path = new StringBuilder();
        for (String segment : fullKey.split("/", -1)) {
            if (path.length() > 0) {
                path.append('/');
            }
            path.append(encodeSegment(segment));
        }
        return connection.root().resolve(path.toString());
    }

    /** Percent-encodes what a path segment may not hold as it is (keys are plain ASCII in practice). */
    private static String encodeSegment(String segment) {
        StringBuilder sb = new StringBuilder();
        for (byte b : segment.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || "-._~!$&'()*+,;=:@".indexOf(c) >= 0) {
                sb.append((char) c);
            } else {
                sb.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 15, 16)));
            }
        }
        return sb.toString();
    }

    @Override
    protected RemoteResponse get(String fullKey, long offset, long length) throws IOException {
        URI url = url(fullKey);
        String where = locate(fullKey);
        HttpRequest.Builder rb = HttpRequest.newBuilder(url).GET().timeout(settings().timeout());
        if (length >= 0) {
            rb.header("Range", offset < 0 ? "bytes=-" + Math.max(length, 1)
                    : "bytes=" + offset + "-" + (offset + Math.max(length, 1) - 1));
        }
        if (connection.authorization() != null) {
            rb.header("Authorization", connection.authorization());
        }
        HttpRequest request = rb.build();
        int attempts = settings().attempts();
        IOException last = null;
        int made = 0;
        while (made < attempts) {
            if (made > 0) {
                counter().retry();
                pause(made, last, where);
            }
            made++;
            counter().request();
            HttpResponse<BodyReader.Result> response;
            try {
                // A range is answered with 206 and at most its length, or with 200 and the whole value (ranges ignored).
                response = send(request, new BodyReader(length < 0 ? settings().inlineLimit() : Math.max(length, 1),
                        settings().inlineLimit(), counter()), where);
            } catch (HttpTimeoutException e) {
                last = new HttpTimeoutException("no complete response within " + settings().timeout().toSeconds()
                        + " s from " + where);
                continue;
            } catch (CutShortException e) {
                last = new IOException(e.getMessage() + ", from " + where, e);
                continue;
            } catch (IOException e) {
                last = isCutShortByJdk(e)
                        ? new IOException("the response body broke off (" + e.getMessage() + "), from " + where, e)
                        : new IOException("cannot read " + where + ": " + describe(e), e);
                if (isConnectionRefused(e)) {
                    break; // nothing listens there: retrying would only delay the finding
                }
                continue;
            }
            int status = response.statusCode();
            BodyReader.Result body = response.body();
            if (status == 200 || status == 206) {
                if (body.tooLarge()) {
                    return new RemoteResponse.TooLarge(body.declaredLength());
                }
                return answer(response, body, offset, length, where);
            }
            if (status == 404 || status == 410 || status == 403) {
                return new RemoteResponse.Absent(status);
            }
            if (status == 416) {
                return new RemoteResponse.Body(new byte[0], Math.max(0, offset)); // a range at or past the end
            }
            String message = "HTTP " + status + reason(status) + " from " + where;
            if (status != 429 && status < 500) {
                throw new IOException(message);
            }
            last = new StatusException(message, retryAfterMillis(response));
        }
        if (last == null) {
            throw new IOException("no attempt to read " + where);
        }
        throw made > 1 ? new IOException(last.getMessage() + " (" + made + " attempts)", last) : last;
    }

    /**
     * The JDK's client sometimes notices a body shorter than its Content-Length before {@link BodyReader} does, and
     * says so only in its message ("fixed content-length: 2054, bytes received: 10"): the same cut-short body.
     */
    private static boolean isCutShortByJdk(IOException e) {
        String m = e.getMessage();
        return m != null && m.contains("content-length") && m.contains("bytes received");
    }

    private static RemoteResponse answer(HttpResponse<BodyReader.Result> response, BodyReader.Result body, long offset,
                                         long length, String where) throws IOException {
        byte[] bytes = body.bytes();
        if (response.statusCode() == 206) {
            long total = contentRangeTotal(response).orElse(offset + bytes.length);
            return new RemoteResponse.Body(bytes, total);
        }
        if (length < 0 || offset < 0 || (offset == 0 && bytes.length <= length)) {
            return new RemoteResponse.Body(bytes, bytes.length);
        }
        // 200 for a range: the server sent the whole value; keep the part asked for.
        if (offset >= bytes.length) {
            return new RemoteResponse.Body(new byte[0], bytes.length);
        }
        int n = (int) Math.min(length, bytes.length - offset);
        byte[] part = new byte[n];
        System.arraycopy(bytes, (int) offset, part, 0, n);
        if (bytes.length > Integer.MAX_VALUE - 8) {
            throw new IOException(where + " is too large");
        }
        return new RemoteResponse.Body(part, bytes.length);
    }

    private static Optional<Long> contentRangeTotal(HttpResponse<?> response) {
        Optional<String> range = response.headers().firstValue("Content-Range");
        if (range.isEmpty()) {
            return Optional.empty();
        }
        String v = range.get();
        int slash = v.lastIndexOf('/');
        if (slash < 0 || v.endsWith("*")) {
            return Optional.empty();
        }
        try {
            return Optional.of(Long.parseLong(v.substring(slash + 1).trim()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private HttpResponse<BodyReader.Result> send(HttpRequest request, BodyReader reader, String where) throws IOException {
        CompletableFuture<HttpResponse<BodyReader.Result>> future =
                connection.client().sendAsync(request, info -> reader.subscriber(info));
        try {
            // The request's own timeout ends at the headers; this one also bounds a body that stalls.
            return future.get(settings().timeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            future.cancel(true);
            throw new HttpTimeoutException("timed out: " + where);
        } catch (InterruptedException e) {
            future.cancel(true);
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while reading " + where);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            while (cause instanceof java.util.concurrent.CompletionException && cause.getCause() != null) {
                cause = cause.getCause();
            }
            if (cause instanceof IOException io) {
                throw io;
            }
            throw new IOException(String.valueOf(cause), cause);
        }
    }

    private void pause(int retry, IOException last, String where) throws IOException {
        long millis = settings().backoff().toMillis() << Math.min(retry - 1, 10);
        if (last instanceof StatusException s && s.retryAfterMillis > 0) {
            millis = Math.min(Math.max(millis, s.retryAfterMillis), settings().timeout().toMillis());
        }
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while waiting to retry " + where);
        }
    }

    private static long retryAfterMillis(HttpResponse<?> response) {
        Optional<String> v = response.headers().firstValue("Retry-After");
        if (v.isEmpty()) {
            return 0;
        }
        try {
            return Math.min(Long.parseLong(v.get().trim()), 60) * 1000;
        } catch (NumberFormatException e) {
            return 0; // an HTTP date: keep our own backoff
        }
    }

    private static boolean isConnectionRefused(IOException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof java.net.ConnectException) {
                return true;
            }
        }
        return false;
    }

    private static String describe(IOException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof java.net.ConnectException) {
                return "connection refused";
            }
            if (t instanceof java.nio.channels.UnresolvedAddressException || t instanceof java.net.UnknownHostException) {
                return "unknown host";
            }
        }
        String m = e.getMessage();
        return m == null || m.isBlank() ? e.getClass().getSimpleName() : m;
    }

    private static String reason(int status) {
        return switch (status) {
            case 400 -> " Bad Request";
            case 401 -> " Unauthorized";
            case 405 -> " Method Not Allowed";
            case 429 -> " Too Many Requests";
            case 500 -> " Internal Server Error";
            case 502 -> " Bad Gateway";
            case 503 -> " Service Unavailable";
            case 504 -> " Gateway Timeout";
            default -> "";
        };
    }

    /** A status worth retrying, with the wait the server asked for. */
    private static final class StatusException extends IOException {
        private static final long serialVersionUID = 1L;
        private final long retryAfterMillis;

        StatusException(String message, long retryAfterMillis) {
            super(message);
            this.retryAfterMillis = retryAfterMillis;
        }
    }
}

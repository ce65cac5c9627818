package dev.parley.timeline.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublisher;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandler;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.nio.file.Path;
import java.time.Duration;

/** The three calls the client makes, and nothing else: every request goes through {@link #send}. */
final class ParleyApi {

    static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(10);
    /** For the single-document calls only: an import legitimately runs for as long as its file needs. */
    static final Duration ANSWER_TIMEOUT = Duration.ofSeconds(60);

    private final HttpClient http;
    private final URI base;
    private final String apiKey;

    ParleyApi(HttpClient http, URI base, String apiKey) {
        this.http = http;
        this.base = base;
        this.apiKey = apiKey;
    }

    HttpResponse<byte[]> recordCommand(String trackId, BodyPublisher command, String idempotencyKey, Long ifMatch)
            throws IOException {
        HttpRequest.Builder request = request("/api/v1/tracks/" + PathSegment.encode(trackId) + "/commands")
                .timeout(ANSWER_TIMEOUT)
                .header("Content-Type", "application/json")
                .POST(command);
        if (idempotencyKey != null) {
            request.header("Idempotency-Key", idempotencyKey);
        }
        if (ifMatch != null) {
            // an entity tag is quoted; the server's ETag is "N" for version N
            request.header("If-Match", "\"" + ifMatch + "\"");
        }
        return send(request, HttpResponse.BodyHandlers.ofByteArray());
    }

    /**
     * Streams the file from disk as the request body and hands back the answer unread, to be consumed line by line.
     * The JDK client reads no byte of the answer before it has sent the whole body. A server that answered each
     * line as soon as it read it would therefore block once a few MB of results fill the socket buffers, and
     * stop reading the rest: it has to take in the whole batch (or hold its results back) before streaming.
     */
    HttpResponse<InputStream> importBatch(Path ndjson, String idempotencyKey) throws IOException {
        HttpRequest.Builder request = request("/api/v1/commands")
                .header("Content-Type", "application/x-ndjson")
                .setHeader("Accept", "application/x-ndjson, application/problem+json")
                .POST(HttpRequest.BodyPublishers.ofFile(ndjson));
        if (idempotencyKey != null) {
            request.header("Idempotency-Key", idempotencyKey);
        }
        return send(request, HttpResponse.BodyHandlers.ofInputStream());
    }

    HttpResponse<byte[]> track(String trackId) throws IOException {
        HttpRequest.Builder request = request("/api/v1/tracks/" + PathSegment.encode(trackId))
                .timeout(ANSWER_TIMEOUT)
                .GET();
        return send(request, HttpResponse.BodyHandlers.ofByteArray());
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .header("Accept", "application/json, application/problem+json");
        if (apiKey != null) {
            request.header("X-API-Key", apiKey);
        }
        return request;
    }

    private <T> HttpResponse<T> send(HttpRequest.Builder request, BodyHandler<T> answer) throws IOException {
        try {
            return http.send(request.build(), answer);
        } catch (ConnectException | HttpConnectTimeoutException e) {
            throw new UnreachableException("cannot reach Parley at " + base + " (" + reason(e) + ")", e);
        } catch (HttpTimeoutException e) {
            // the request may have been processed: only a retry with the same Idempotency-Key is safe
            throw new UnreachableException("Parley at " + base + " did not answer within " + ANSWER_TIMEOUT.toSeconds()
                    + " s; a write may or may not have been recorded", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while waiting for Parley");
        }
    }

    private String reason(IOException e) {
        if (e instanceof HttpConnectTimeoutException) {
            return "no connection within " + CONNECT_TIMEOUT.toSeconds() + " s";
        }
        // the JDK's ConnectException usually has no message, only a cause that names the failure by its type
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof UnresolvedAddressException) {
                return "unknown host " + base.getHost();
            }
        }
        return e.getMessage() == null ? "connection refused" : e.getMessage();
    }
}

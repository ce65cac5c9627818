package dev.parley.timeline.benchmark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;

/** Parley's public HTTP API, as far as the benchmark uses it, called with one API key as a real client would. */
final class ParleyHttp {

    private final URI base;
    private final String apiKey;
    // HTTP/1.1 as most clients use it: no h2c upgrade attempt on every new connection
    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final ObjectMapper json = new ObjectMapper();

    ParleyHttp(URI base, String apiKey) {
        this.base = base;
        this.apiKey = apiKey;
    }

    boolean isReady() {
        try {
            var response = client.send(HttpRequest.newBuilder(base.resolve("/actuator/health/readiness")).build(),
                    HttpResponse.BodyHandlers.discarding());
            return response.statusCode() == 200;
        } catch (IOException e) {
            // not listening yet
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Imports an NDJSON file through the batch API; returns the summary line of the answer. */
    JsonNode importFile(Path ndjson) {
        var request = HttpRequest.newBuilder(base.resolve("/api/v1/commands"))
                .header("X-API-Key", apiKey)
                .header("Content-Type", "application/x-ndjson")
                .timeout(Duration.ofHours(2));
        try {
            request.POST(HttpRequest.BodyPublishers.ofFile(ndjson));
            var response = client.send(request.build(), HttpResponse.BodyHandlers.ofLines());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("the import was refused with " + response.statusCode());
            }
            var lines = response.body().toList();
            return json.readTree(lines.get(lines.size() - 1)).path("summary");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The same API called with another key, e.g. the administrator's for a rebuild. */
    ParleyHttp as(String otherKey) {
        return new ParleyHttp(base, otherKey);
    }

    /** A command as a client posts it; the answer's status and body, whatever the status. */
    CompletableFuture<Answer> postCommandAsync(String trackId, String document) {
        var request = HttpRequest.newBuilder(base.resolve("/api/v1/tracks/" + trackId + "/commands"))
                .header("X-API-Key", apiKey)
                .header("Content-Type", "application/json")
                .timeout(Duration.ofMinutes(1))
                .POST(HttpRequest.BodyPublishers.ofString(document))
                .build();
        return client.sendAsync(request, HttpResponse.BodyHandlers.ofByteArray()).thenApply(this::answer);
    }

    Answer postCommand(String trackId, String document) {
        try {
            return postCommandAsync(trackId, document).get();
        } catch (ExecutionException e) {
            throw new IllegalStateException("POST to track " + trackId + " failed", e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** POSTs to a path without a body (operations such as starting a rebuild). */
    JsonNode post(String path) {
        var request = HttpRequest.newBuilder(base.resolve(path)).header("X-API-Key", apiKey)
                .POST(HttpRequest.BodyPublishers.noBody()).build();
        try {
            var answer = answer(client.send(request, HttpResponse.BodyHandlers.ofByteArray()));
            if (answer.status() / 100 != 2) {
                throw new IllegalStateException("POST " + path + " answered " + answer.status() + ": " + answer.body());
            }
            return answer.body();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private Answer answer(HttpResponse<byte[]> response) {
        try {
            var body = response.body().length == 0 ? json.nullNode() : json.readTree(response.body());
            return new Answer(response.statusCode(), body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A status and its JSON body. */
    record Answer(int status, JsonNode body) {
    }

    /** GETs a path with a query of name/value pairs; fails on anything but 200. */
    JsonNode get(String path, String... query) {
        var uri = new StringBuilder(path);
        for (int i = 0; i < query.length; i += 2) {
            uri.append(i == 0 ? '?' : '&').append(query[i]).append('=')
                    .append(URLEncoder.encode(query[i + 1], StandardCharsets.UTF_8));
        }
        try {
            var response = client.send(HttpRequest.newBuilder(base.resolve(uri.toString())).header("X-API-Key", apiKey).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("GET " + uri + " answered " + response.statusCode());
            }
            return json.readTree(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}

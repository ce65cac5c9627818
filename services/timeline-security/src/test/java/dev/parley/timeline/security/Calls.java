package dev.parley.timeline.security;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

/** Plain HTTP calls with whatever headers a test gives, so nothing adds credentials behind its back. */
final class Calls {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final ObjectMapper JSON = new ObjectMapper();

    private final int port;

    Calls(int port) {
        this.port = port;
    }

    record Answer(int status, String contentType, List<String> challenges, JsonNode body) {
    }

    Answer call(String method, String path, String... headerPairs) throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .method(method, "GET".equals(method) ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString("{}"));
        if (!"GET".equals(method)) {
            request.header("Content-Type", "application/json");
        }
        for (int i = 0; i < headerPairs.length; i += 2) {
            request.header(headerPairs[i], headerPairs[i + 1]);
        }
        var response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        var body = response.body().isEmpty() ? JSON.nullNode() : JSON.readTree(response.body());
        return new Answer(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                response.headers().allValues("WWW-Authenticate"), body);
    }
}

package dev.parley.timeline.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Callers with API keys, as the standalone and the tests configure them. */
@SpringBootTest(classes = SecuredTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "parley.security.api-keys[0].name=rita-reader",
            "parley.security.api-keys[0].key=reader-key-0123456789",
            "parley.security.api-keys[0].roles=reader",
            "parley.security.api-keys[1].name=ed-editor",
            "parley.security.api-keys[1].key=editor-key-0123456789",
            "parley.security.api-keys[1].roles=Editor",
            "parley.security.api-keys[2].name=ada-admin",
            // the SHA-256 of "admin-key-0123456789", so the configuration holds no secret
            "parley.security.api-keys[2].key-sha256=" + ApiKeyAccessTest.ADMIN_KEY_SHA256,
            "parley.security.api-keys[2].roles=admin"})
class ApiKeyAccessTest {

    static final String ADMIN_KEY_SHA256 = "6d843254d280913cb5f8e0b48efffb584cce7ff577178fe68e738ddf193af10c";

    @LocalServerPort
    int port;

    private Calls.Answer call(String method, String path, String... headers) throws Exception {
        return new Calls(port).call(method, path, headers);
    }

    @Test
    void withoutCredentialsNothingIsAnsweredButA401ProblemSayingHowToAuthenticate() throws Exception {
        var read = call("GET", "/api/v1/tracks");
        assertThat(read.status()).isEqualTo(401);
        assertThat(read.contentType()).isEqualTo("application/problem+json");
        assertThat(read.body().path("type").asText()).isEqualTo("https://parley.dev/problems/unauthenticated");
        assertThat(read.body().path("detail").asText()).contains("X-API-Key");
        assertThat(read.challenges()).anyMatch(challenge -> challenge.startsWith("ApiKey "))
                .anyMatch(challenge -> challenge.startsWith("Basic "));

        var write = call("POST", "/api/v1/tracks/t/commands");
        assertThat(write.status()).isEqualTo(401);
        assertThat(write.challenges()).as("Basic never authorises a write, so it is not offered")
                .noneMatch(challenge -> challenge.startsWith("Basic "));
    }

    @Test
    void aWrongKeyIsRefusedWithoutSayingWhatWasWrong() throws Exception {
        var answer = call("GET", "/api/v1/tracks", "X-API-Key", "reader-key-012345678X");
        assertThat(answer.status()).isEqualTo(401);
        assertThat(answer.contentType()).isEqualTo("application/problem+json");
        assertThat(answer.body().path("detail").asText()).isEqualTo("The API key is not valid.");
    }

    @Test
    void aReaderReadsButMayNotWriteOrOperate() throws Exception {
        var key = new String[] {"X-API-Key", "reader-key-0123456789"};
        assertThat(call("GET", "/api/v1/tracks", key).body().path("caller").asText()).isEqualTo("rita-reader");

        var write = call("POST", "/api/v1/tracks/t/commands", key);
        assertThat(write.status()).isEqualTo(403);
        assertThat(write.contentType()).isEqualTo("application/problem+json");
        assertThat(write.body().path("type").asText()).isEqualTo("https://parley.dev/problems/forbidden");
        assertThat(write.body().path("requiredRole").asText()).isEqualTo("editor");
        assertThat(write.body().path("roles").toString()).isEqualTo("[\"reader\"]");
        assertThat(write.body().path("detail").asText())
                .isEqualTo("POST /api/v1/tracks/t/commands needs the editor role; rita-reader has reader.");

        assertThat(call("POST", "/api/v1/admin/projection-rebuilds", key).status()).isEqualTo(403);
    }

    @Test
    void anEditorWritesAndReadsUnderItsOwnNameButMayNotOperate() throws Exception {
        var key = new String[] {"X-API-Key", "editor-key-0123456789"};
        var write = call("POST", "/api/v1/tracks/t/commands", key);
        assertThat(write.status()).isEqualTo(200);
        assertThat(write.body().path("caller").asText()).isEqualTo("ed-editor");
        assertThat(call("GET", "/api/v1/tracks", key).status()).isEqualTo(200);

        var operate = call("POST", "/api/v1/admin/projection-rebuilds", key);
        assertThat(operate.status()).isEqualTo(403);
        assertThat(operate.body().path("requiredRole").asText()).isEqualTo("admin");
    }

    @Test
    void anAdminMayDoEverythingWithAKeyConfiguredOnlyByItsDigest() throws Exception {
        assertThat(ApiKeys.digest("admin-key-0123456789")).isEqualTo(ADMIN_KEY_SHA256);
        var key = new String[] {"X-API-Key", "admin-key-0123456789"};
        assertThat(call("POST", "/api/v1/admin/projection-rebuilds", key).body().path("caller").asText())
                .isEqualTo("ada-admin");
        assertThat(call("POST", "/api/v1/tracks/t/commands", key).status()).isEqualTo(200);
        assertThat(call("GET", "/api/v1/tracks", key).status()).isEqualTo(200);
    }

    @Test
    void aBrowserMayReadWithBasicButNeverWriteWithIt() throws Exception {
        assertThat(call("GET", "/api/v1/tracks", "Authorization", basic("rita-reader", "reader-key-0123456789"))
                .body().path("caller").asText()).isEqualTo("rita-reader");
        assertThat(call("GET", "/api/v1/tracks", "Authorization", basic("ed-editor", "reader-key-0123456789")).status())
                .as("the name must be the key's").isEqualTo(401);

        var write = call("POST", "/api/v1/tracks/t/commands", "Authorization", basic("ed-editor", "editor-key-0123456789"));
        assertThat(write.status()).as("remembered Basic credentials must not let another site write").isEqualTo(401);
    }

    @Test
    void aPathTheFirewallRefusesIsAProblemToo() throws Exception {
        var answer = call("GET", "/api/v1/tracks;jsessionid=x", "X-API-Key", "reader-key-0123456789");
        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.contentType()).isEqualTo("application/problem+json");
        assertThat(answer.body().path("type").asText()).isEqualTo("https://parley.dev/problems/request-rejected");
    }

    @Test
    void everyAnswerForbidsScriptsFromElsewhere() throws Exception {
        var response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + "/api/v1/tracks"))
                        .header("X-API-Key", "reader-key-0123456789").build(),
                HttpResponse.BodyHandlers.discarding());
        assertThat(response.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(policy ->
                assertThat(policy).contains("default-src 'none'", "script-src 'self'", "frame-ancestors 'none'"));
        assertThat(response.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
    }

    private static String basic(String name, String key) {
        return "Basic " + Base64.getEncoder().encodeToString((name + ":" + key).getBytes(StandardCharsets.UTF_8));
    }

    @Nested
    @SpringBootTest(classes = SecuredTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
            properties = {
                "parley.security.anonymous-reads=true",
                "parley.security.api-keys[0].name=ed-editor",
                "parley.security.api-keys[0].key=editor-key-0123456789",
                "parley.security.api-keys[0].roles=editor"})
    class WithAnonymousReads {

        @LocalServerPort
        int anonymousPort;

        @Test
        void anyoneReadsButWritesStillNeedAnEditor() throws Exception {
            var calls = new Calls(anonymousPort);
            var read = calls.call("GET", "/api/v1/tracks");
            assertThat(read.status()).isEqualTo(200);
            assertThat(read.body().path("caller").asText()).isEmpty();
            assertThat(calls.call("POST", "/api/v1/tracks/t/commands").status()).isEqualTo(401);
            assertThat(calls.call("POST", "/api/v1/tracks/t/commands", "X-API-Key", "editor-key-0123456789").status())
                    .isEqualTo(200);
        }
    }
}

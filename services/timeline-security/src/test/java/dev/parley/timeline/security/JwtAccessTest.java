package dev.parley.timeline.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Production's set-up: a resource server that discovers its issuer's keys from {@code issuer-uri}
 * and trusts only that issuer's JWTs, with Keycloak-style nested roles and the user name as
 * principal, next to a service's API key.
 */
@SpringBootTest(classes = SecuredTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "parley.security.jwt.roles-claim=realm_access.roles",
            "parley.security.jwt.principal-claim=preferred_username",
            "parley.security.api-keys[0].name=importer-service",
            "parley.security.api-keys[0].key=importer-key-0123456789",
            "parley.security.api-keys[0].roles=editor"})
class JwtAccessTest {

    private static final TestIssuer ISSUER = new TestIssuer();

    @DynamicPropertySource
    static void trustTheIssuer(DynamicPropertyRegistry registry) {
        registry.add("spring.security.oauth2.resourceserver.jwt.issuer-uri", ISSUER::issuer);
    }

    @AfterAll
    static void stopTheIssuer() {
        ISSUER.close();
    }

    @LocalServerPort
    int port;

    private Calls.Answer call(String method, String path, String token) throws Exception {
        return new Calls(port).call(method, path, "Authorization", "Bearer " + token);
    }

    private static Map<String, Object> user(String name, String... roles) {
        return Map.of("preferred_username", name, "realm_access", Map.of("roles", List.of(roles)));
    }

    @Test
    void anEditorsTokenWritesUnderTheUsersName() throws Exception {
        var token = ISSUER.token("0b6f-subject-uuid", user("nadia", "offline_access", "editor"));
        var write = call("POST", "/api/v1/tracks/t/commands", token);
        assertThat(write.status()).isEqualTo(200);
        assertThat(write.body().path("caller").asText()).isEqualTo("nadia");
        assertThat(call("GET", "/api/v1/tracks", token).status()).isEqualTo(200);
        assertThat(call("POST", "/api/v1/admin/projection-rebuilds", token).status()).isEqualTo(403);
    }

    @Test
    void aTokenWithoutAParleyRoleMayNotEvenRead() throws Exception {
        var read = call("GET", "/api/v1/tracks", ISSUER.token("s", user("guest", "offline_access")));
        assertThat(read.status()).isEqualTo(403);
        assertThat(read.body().path("detail").asText()).endsWith("guest has no Parley role.");
    }

    @Test
    void anExpiredForgedOrForeignTokenIsRefusedWithTheBearerChallenge() throws Exception {
        var expired = ISSUER.token(ISSUER.issuer(), "s", Instant.now().minusSeconds(3600), user("nadia", "admin"));
        String forged;
        try (var impostor = new TestIssuer()) {
            // same key id and issuer claim, different key
            forged = impostor.token(ISSUER.issuer(), "s", Instant.now().plusSeconds(300), user("nadia", "admin"));
        }
        var foreign = ISSUER.token("https://elsewhere.test", "s", Instant.now().plusSeconds(300), user("nadia", "admin"));

        for (var token : List.of(expired, forged, foreign, "not-a-jwt")) {
            var answer = call("GET", "/api/v1/tracks", token);
            assertThat(answer.status()).as(token).isEqualTo(401);
            assertThat(answer.contentType()).isEqualTo("application/problem+json");
            assertThat(answer.body().path("type").asText()).isEqualTo("https://parley.dev/problems/unauthenticated");
            assertThat(answer.challenges()).anyMatch(challenge -> challenge.startsWith("Bearer error=\"invalid_token\""));
        }
    }

    @Test
    void aServiceKeyWorksNextToTokens() throws Exception {
        var write = new Calls(port).call("POST", "/api/v1/tracks/t/commands", "X-API-Key", "importer-key-0123456789");
        assertThat(write.body().path("caller").asText()).isEqualTo("importer-service");
        var anonymous = new Calls(port).call("GET", "/api/v1/tracks");
        assertThat(anonymous.challenges()).anyMatch(challenge -> challenge.startsWith("Bearer"))
                .anyMatch(challenge -> challenge.startsWith("ApiKey"));
        assertThat(anonymous.body().path("detail").asText()).contains("X-API-Key").contains("Bearer");
    }
}

package dev.parley.timeline.security;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPublicKey;
import java.time.Instant;
import java.util.Date;
import java.util.Map;

/**
 * A stand-in OpenID Connect issuer on a local port: it serves the discovery document and the key
 * set that Spring Boot fetches from {@code issuer-uri}, exactly as Keycloak or Entra ID would, and
 * signs tokens with its key.
 */
final class TestIssuer implements AutoCloseable {

    private static final String KEY_ID = "parley-test-key";

    private final KeyPair keys = rsaKeys();
    private final HttpServer server;
    private final String issuer;

    TestIssuer() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        issuer = "http://localhost:" + server.getAddress().getPort() + "/realms/parley";
        var jwks = new JWKSet(new RSAKey.Builder((RSAPublicKey) keys.getPublic()).keyID(KEY_ID).build()).toString();
        var discovery = "{\"issuer\": \"" + issuer + "\", \"jwks_uri\": \"" + issuer + "/certs\", "
                + "\"id_token_signing_alg_values_supported\": [\"RS256\"], \"subject_types_supported\": [\"public\"]}";
        serve("/realms/parley/.well-known/openid-configuration", discovery);
        serve("/realms/parley/certs", jwks);
        server.start();
    }

    private void serve(String path, String json) {
        server.createContext(path, exchange -> {
            var body = json.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            try (var out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
    }

    String issuer() {
        return issuer;
    }

    /** A token from this issuer for {@code subject}, valid for five minutes, with extra claims. */
    String token(String subject, Map<String, Object> claims) {
        return token(issuer, subject, Instant.now().plusSeconds(300), claims);
    }

    String token(String claimedIssuer, String subject, Instant expiresAt, Map<String, Object> claims) {
        var builder = new JWTClaimsSet.Builder().issuer(claimedIssuer).subject(subject)
                .issueTime(Date.from(expiresAt.minusSeconds(600))).expirationTime(Date.from(expiresAt));
        claims.forEach(builder::claim);
        var jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(KEY_ID).build(), builder.build());
        try {
            jwt.sign(new RSASSASigner(keys.getPrivate()));
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
        return jwt.serialize();
    }

    @Override
    public void close() {
        server.stop(0);
    }

    private static KeyPair rsaKeys() {
        try {
            var generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

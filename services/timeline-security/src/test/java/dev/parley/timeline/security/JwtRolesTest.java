package dev.parley.timeline.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;

/** How the claims of the common identity providers become Parley's caller. */
class JwtRolesTest {

    private static Jwt jwt(Map<String, Object> claims) {
        var builder = Jwt.withTokenValue("t").header("alg", "RS256").issuedAt(Instant.EPOCH)
                .expiresAt(Instant.EPOCH.plusSeconds(60));
        claims.forEach(builder::claim);
        return builder.build();
    }

    private static List<String> authorities(String rolesClaim, Map<String, Object> claims) {
        var config = new SecurityProperties.Jwt();
        config.setRolesClaim(rolesClaim);
        return new JwtRoles(config).convert(jwt(claims)).getAuthorities().stream()
                .map(GrantedAuthority::getAuthority).toList();
    }

    @Test
    void aListClaimGrantsTheRolesItNamesAndIgnoresTheRest() {
        assertThat(authorities("roles", Map.of("sub", "u", "roles", List.of("Reader", "ADMIN", "uma_authorization"))))
                .containsExactlyInAnyOrder("ROLE_READER", "ROLE_ADMIN");
    }

    @Test
    void aSpaceSeparatedClaimWorksAsOAuthScopeDoes() {
        assertThat(authorities("scope", Map.of("sub", "u", "scope", "openid editor profile"))).containsExactly("ROLE_EDITOR");
    }

    @Test
    void aDottedPathReachesNestedRoles() {
        assertThat(authorities("realm_access.roles", Map.of("sub", "u", "realm_access", Map.of("roles", List.of("editor")))))
                .containsExactly("ROLE_EDITOR");
    }

    @Test
    void aMissingOrOddlyShapedClaimGrantsNothing() {
        assertThat(authorities("realm_access.roles", Map.of("sub", "u"))).isEmpty();
        assertThat(authorities("realm_access.roles", Map.of("sub", "u", "realm_access", "editor"))).isEmpty();
        assertThat(authorities("roles", Map.of("sub", "u", "roles", 42))).isEmpty();
    }

    @Test
    void thePrincipalIsTheConfiguredClaim() {
        var config = new SecurityProperties.Jwt();
        config.setPrincipalClaim("email");
        var caller = new JwtRoles(config).convert(jwt(Map.of("sub", "u-1", "email", "nadia@example.org")));
        assertThat(caller.getName()).isEqualTo("nadia@example.org");
    }
}

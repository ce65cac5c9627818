package dev.parley.timeline.security;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * {@code parley.security.*}: API keys, anonymous reads, and how JWT claims map to Parley's
 * principal and roles. The JWT issuer itself is Spring Boot's
 * {@code spring.security.oauth2.resourceserver.jwt.*}.
 */
@Validated
@ConfigurationProperties("parley.security")
public class SecurityProperties {

    /** Whether callers without credentials may read (queries, feed, dashboard). Writes always need a role. */
    private boolean anonymousReads;

    @Valid
    private List<ApiKey> apiKeys = new ArrayList<>();

    @Valid
    private Jwt jwt = new Jwt();

    public boolean isAnonymousReads() {
        return anonymousReads;
    }

    public void setAnonymousReads(boolean anonymousReads) {
        this.anonymousReads = anonymousReads;
    }

    public List<ApiKey> getApiKeys() {
        return apiKeys;
    }

    public void setApiKeys(List<ApiKey> apiKeys) {
        this.apiKeys = apiKeys;
    }

    public Jwt getJwt() {
        return jwt;
    }

    public void setJwt(Jwt jwt) {
        this.jwt = jwt;
    }

    /** One caller's key: its name is recorded as {@code recordedBy} on everything it records. */
    public static class ApiKey {

        @NotBlank
        @Size(max = 200)
        private String name;

        /** The key itself; at least 16 characters. Or give {@link #keySha256} so the file holds no secret. */
        @Size(min = 16, max = 512)
        private String key;

        /** The key's SHA-256 digest as 64 hex digits, in place of {@link #key}. */
        @Pattern(regexp = "[0-9a-fA-F]{64}")
        private String keySha256;

        @NotEmpty
        private Set<String> roles = Set.of();

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }

        public String getKey() {
            return key;
        }

        public void setKey(String key) {
            this.key = key;
        }

        public String getKeySha256() {
            return keySha256;
        }

        public void setKeySha256(String keySha256) {
            this.keySha256 = keySha256;
        }

        public Set<String> getRoles() {
            return roles;
        }

        public void setRoles(Set<String> roles) {
            this.roles = roles;
        }
    }

    /** Which claims of a validated JWT name the caller and carry its roles. */
    public static class Jwt {

        /** The claim recorded as {@code recordedBy}. */
        @NotBlank
        private String principalClaim = "sub";

        /** The claim holding the roles, as a list or a space-separated string; dots reach into objects. */
        @NotBlank
        private String rolesClaim = "roles";

        public String getPrincipalClaim() {
            return principalClaim;
        }

        public void setPrincipalClaim(String principalClaim) {
            this.principalClaim = principalClaim;
        }

        public String getRolesClaim() {
            return rolesClaim;
        }

        public void setRolesClaim(String rolesClaim) {
            this.rolesClaim = rolesClaim;
        }
    }
}

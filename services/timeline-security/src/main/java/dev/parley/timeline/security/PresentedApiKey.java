package dev.parley.timeline.security;

import java.util.List;
import org.springframework.security.authentication.AbstractAuthenticationToken;

/**
 * A key as the request presented it, not yet checked. From HTTP Basic it comes with the name the
 * browser sent, which must then be the key's name.
 */
final class PresentedApiKey extends AbstractAuthenticationToken {

    private final transient String key;
    private final String claimedName;

    PresentedApiKey(String key, String claimedName) {
        super(List.of());
        this.key = key;
        this.claimedName = claimedName;
    }

    @Override
    public Object getCredentials() {
        return key;
    }

    /** The Basic user name, or null when the key came in the {@code X-API-Key} header. */
    @Override
    public Object getPrincipal() {
        return claimedName;
    }

    String key() {
        return key;
    }

    String claimedName() {
        return claimedName;
    }
}

package dev.parley.timeline.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The API keys Parley accepts, each with the name it records and the roles it grants. Only the
 * keys' SHA-256 digests are kept, so a presented key is found by its digest: no key is compared
 * character by character, and a heap dump holds no key.
 */
public final class ApiKeys {

    /** The request header that carries a key. */
    public static final String HEADER = "X-API-Key";

    private static final SecureRandom RANDOM = new SecureRandom();

    private final Map<String, Caller> byDigest = new ConcurrentHashMap<>();

    /** Who a key belongs to. */
    public record Caller(String name, Set<Role> roles) {
        public Caller {
            roles = Set.copyOf(roles);
        }
    }

    /** The keys configured under {@code parley.security.api-keys}; a mistake names its entry. */
    static ApiKeys from(List<SecurityProperties.ApiKey> configured) {
        var keys = new ApiKeys();
        var names = new HashSet<String>();
        var problems = new ArrayList<String>();
        for (int i = 0; i < configured.size(); i++) {
            var entry = configured.get(i);
            var at = "parley.security.api-keys[" + i + "]";
            if (!names.add(entry.getName())) {
                problems.add(at + ".name: '" + entry.getName() + "' is used by another key");
            }
            if ((entry.getKey() == null) == (entry.getKeySha256() == null)) {
                problems.add(at + ": give exactly one of key and key-sha256");
            }
            var roles = EnumSet.noneOf(Role.class);
            for (var role : entry.getRoles()) {
                Role.fromWireName(role).ifPresentOrElse(roles::add,
                        () -> problems.add(at + ".roles: '" + role + "' is not one of reader, editor, admin"));
            }
            if (problems.isEmpty()) {
                var digest = entry.getKey() != null ? digest(entry.getKey()) : entry.getKeySha256().toLowerCase(Locale.ROOT);
                if (keys.byDigest.putIfAbsent(digest, new Caller(entry.getName(), roles)) != null) {
                    problems.add(at + ": the same key is configured twice");
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new IllegalStateException("Invalid API key configuration: " + String.join("; ", problems));
        }
        return keys;
    }

    /** The caller a presented key belongs to, if any. */
    public Optional<Caller> caller(String presentedKey) {
        return Optional.ofNullable(byDigest.get(digest(presentedKey)));
    }

    public boolean isEmpty() {
        return byDigest.isEmpty();
    }

    /**
     * A new random key for an in-process caller (the standalone's demo loader), never written
     * anywhere and valid until {@link #revoke revoked} or the application stops.
     */
    public String issue(String name, Role... roles) {
        var bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        var key = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        byDigest.put(digest(key), new Caller(name, Set.of(roles)));
        return key;
    }

    /** Stops accepting an {@link #issue issued} key. */
    public void revoke(String key) {
        byDigest.remove(digest(key));
    }

    /** The digest {@code key-sha256} expects: lower-case hex of the UTF-8 key's SHA-256. */
    public static String digest(String key) {
        try {
            var sha256 = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha256.digest(key.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}

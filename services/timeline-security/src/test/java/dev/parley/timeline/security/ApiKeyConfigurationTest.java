package dev.parley.timeline.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** A mistake in the key configuration stops the start, naming the entry, instead of locking someone out later. */
class ApiKeyConfigurationTest {

    @EnableConfigurationProperties(SecurityProperties.class)
    static class PropertiesOnly {
    }

    private static SecurityProperties.ApiKey key(String name, String key, String digest, String... roles) {
        var entry = new SecurityProperties.ApiKey();
        entry.setName(name);
        entry.setKey(key);
        entry.setKeySha256(digest);
        entry.setRoles(Set.of(roles));
        return entry;
    }

    @Test
    void eachMistakeIsNamedWithItsEntry() {
        var configured = List.of(
                key("ed", "editor-key-0123456789", null, "editor"),
                key("ed", "other-key-0123456789", null, "editor"),
                key("both", "third-key-0123456789", ApiKeys.digest("x"), "reader"),
                key("typo", "fourth-key-0123456789", null, "writer"),
                key("again", "editor-key-0123456789", null, "reader"));

        assertThatThrownBy(() -> ApiKeys.from(configured))
                .hasMessageContaining("parley.security.api-keys[1].name: 'ed' is used by another key")
                .hasMessageContaining("parley.security.api-keys[2]: give exactly one of key and key-sha256")
                .hasMessageContaining("parley.security.api-keys[3].roles: 'writer' is not one of reader, editor, admin");
        assertThatThrownBy(() -> ApiKeys.from(List.of(configured.get(0), configured.get(4))))
                .hasMessageContaining("parley.security.api-keys[1]: the same key is configured twice");
    }

    @Test
    void aShortKeyOrABadDigestStopsTheStart() {
        new ApplicationContextRunner().withUserConfiguration(PropertiesOnly.class)
                .withPropertyValues("parley.security.api-keys[0].name=short", "parley.security.api-keys[0].key=too-short",
                        "parley.security.api-keys[0].roles=reader",
                        "parley.security.api-keys[1].name=digest", "parley.security.api-keys[1].key-sha256=abc",
                        "parley.security.api-keys[1].roles=reader")
                .run(context -> assertThat(context).getFailure().rootCause()
                        .hasMessageContaining("apiKeys[0].key")
                        .hasMessageContaining("apiKeys[1].keySha256"));
    }

    @Test
    void anIssuedKeyWorksUntilRevoked() {
        var keys = ApiKeys.from(List.of());
        var issued = keys.issue("parley-demo-data", Role.EDITOR);
        assertThat(keys.caller(issued)).hasValueSatisfying(caller -> {
            assertThat(caller.name()).isEqualTo("parley-demo-data");
            assertThat(caller.roles()).containsExactly(Role.EDITOR);
        });
        keys.revoke(issued);
        assertThat(keys.caller(issued)).isEmpty();
    }
}

package dev.parley.timeline.testkit;

import java.util.List;
import org.springframework.web.client.RestClient;

/**
 * One API key per role for test contexts, so every test calls the API as a real caller would.
 * {@link ParleyInfrastructureInitializer} configures them in place of any configured keys. Anonymous
 * reads are left to the application: off in the services, on in the standalone's configuration.
 */
public final class TestApiKeys {

    /** The header that carries a key. */
    public static final String HEADER = "X-API-Key";
    public static final String READER = "test-reader-key-0000000000";
    public static final String EDITOR = "test-editor-key-0000000000";
    public static final String ADMIN = "test-admin-key-00000000000";
    /** The names recorded as {@code recordedBy} for the keys above. */
    public static final String READER_NAME = "test-reader";
    public static final String EDITOR_NAME = "test-editor";
    public static final String ADMIN_NAME = "test-admin";

    private TestApiKeys() {
    }

    /** The keys as properties, for a context the test starts itself (a second instance, say). */
    public static List<String> properties() {
        return List.of(
                "parley.security.api-keys[0].name=" + READER_NAME,
                "parley.security.api-keys[0].key=" + READER,
                "parley.security.api-keys[0].roles=reader",
                "parley.security.api-keys[1].name=" + EDITOR_NAME,
                "parley.security.api-keys[1].key=" + EDITOR,
                "parley.security.api-keys[1].roles=editor",
                "parley.security.api-keys[2].name=" + ADMIN_NAME,
                "parley.security.api-keys[2].key=" + ADMIN,
                "parley.security.api-keys[2].roles=admin");
    }

    /** A client of the service on {@code port} that reads as the test reader. */
    public static RestClient reader(int port) {
        return client(port, READER);
    }

    /** A client of the service on {@code port} that records and reads as the test editor. */
    public static RestClient editor(int port) {
        return client(port, EDITOR);
    }

    /** A client of the service on {@code port} that may also run operations, as the test admin. */
    public static RestClient admin(int port) {
        return client(port, ADMIN);
    }

    /** A client of the service on {@code port} that presents {@code key}. */
    public static RestClient client(int port, String key) {
        return RestClient.builder().baseUrl("http://localhost:" + port).defaultHeader(HEADER, key).build();
    }
}

package dev.parley.timeline.security;

import java.security.Principal;
import java.util.Map;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Import;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/** A read, a write and an operation behind Parley's security, each answering with who called. */
@SpringBootApplication
@Import(SecurityConfiguration.class)
class SecuredTestApplication {

    @RestController
    static class Endpoints {

        @GetMapping("/api/v1/tracks")
        Map<String, String> read(Principal caller) {
            return Map.of("caller", caller == null ? "" : caller.getName());
        }

        @PostMapping("/api/v1/tracks/{trackId}/commands")
        Map<String, String> write(Principal caller) {
            return Map.of("caller", caller.getName());
        }

        @PostMapping("/api/v1/admin/projection-rebuilds")
        Map<String, String> operate(Principal caller) {
            return Map.of("caller", caller.getName());
        }
    }
}

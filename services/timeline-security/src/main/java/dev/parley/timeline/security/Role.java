package dev.parley.timeline.security;

import java.util.Locale;
import java.util.Optional;
import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.access.hierarchicalroles.RoleHierarchyImpl;

/**
 * What a caller may do. Each role includes the ones below it: an admin may also record and read,
 * an editor may also read.
 */
public enum Role {
    /** All queries, the event feed and stream, the dashboard. */
    READER,
    /** Recording commands and importing NDJSON. */
    EDITOR,
    /** Projection rebuilds and the other operations under {@code /api/v1/admin}. */
    ADMIN;

    /** The name used in configuration, JWT claims and problem details: {@code reader}, {@code editor}, {@code admin}. */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The Spring Security authority that grants this role. */
    public String authority() {
        return "ROLE_" + name();
    }

    /** The role a configuration value or claim names, ignoring case; empty for anything else. */
    public static Optional<Role> fromWireName(String value) {
        for (var role : values()) {
            if (role.wireName().equalsIgnoreCase(value.strip())) {
                return Optional.of(role);
            }
        }
        return Optional.empty();
    }

    /** The role a Spring Security authority grants, if it is one of Parley's. */
    static Optional<Role> fromAuthority(String authority) {
        return authority.startsWith("ROLE_") ? fromWireName(authority.substring("ROLE_".length())) : Optional.empty();
    }

    static RoleHierarchy hierarchy() {
        return RoleHierarchyImpl.withDefaultRolePrefix()
                .role(ADMIN.name()).implies(EDITOR.name())
                .role(EDITOR.name()).implies(READER.name())
                .build();
    }
}

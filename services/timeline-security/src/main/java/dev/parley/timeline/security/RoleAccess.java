package dev.parley.timeline.security;

import java.util.EnumMap;
import java.util.Map;
import java.util.function.Supplier;
import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.authorization.AuthorityAuthorizationManager;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;

/** Grants a request when the caller holds the role {@link AccessRules} requires, or a role above it. */
final class RoleAccess implements AuthorizationManager<RequestAuthorizationContext> {

    private final AccessRules rules;
    private final Map<Role, AuthorityAuthorizationManager<RequestAuthorizationContext>> byRole = new EnumMap<>(Role.class);

    RoleAccess(AccessRules rules, RoleHierarchy hierarchy) {
        this.rules = rules;
        for (var role : Role.values()) {
            var manager = AuthorityAuthorizationManager.<RequestAuthorizationContext>hasRole(role.name());
            manager.setRoleHierarchy(hierarchy);
            byRole.put(role, manager);
        }
    }

    @Override
    @SuppressWarnings("deprecation") // check(...) is the method Spring Security 6 still requires implementors to provide
    public AuthorizationDecision check(Supplier<Authentication> authentication, RequestAuthorizationContext context) {
        return rules.requiredRole(context.getRequest())
                .map(role -> byRole.get(role).check(authentication, context))
                .orElseGet(() -> new AuthorizationDecision(true));
    }
}

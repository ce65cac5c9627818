package dev.parley.timeline.security;

/**
 * The Content-Security-Policy sent with every answer. The dashboard loads only its own scripts,
 * styles and the d3 WebJar, and talks only to its own origin; the policy forbids everything else,
 * so text recorded by an editor can never run as script even if a view forgot to escape it.
 */
final class ContentSecurity {

    static final String POLICY = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "connect-src 'self'; font-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

    private ContentSecurity() {
    }
}

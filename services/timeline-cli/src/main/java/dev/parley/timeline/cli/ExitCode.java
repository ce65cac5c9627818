package dev.parley.timeline.cli;

/** The exit codes scripts can rely on; docs/cli.md lists them for users. */
final class ExitCode {

    static final int OK = 0;
    /** Parley answered with a problem, or an import had failed lines. */
    static final int FAILED = 1;
    /** Picocli's own code for bad arguments, kept so that usage errors look the same everywhere. */
    static final int USAGE = picocli.CommandLine.ExitCode.USAGE;
    /** Nothing answered: the outcome of a write is unknown, so a retry (with the same idempotency key) is safe. */
    static final int UNREACHABLE = 3;

    private ExitCode() {
    }
}

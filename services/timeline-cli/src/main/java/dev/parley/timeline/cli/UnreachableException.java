package dev.parley.timeline.cli;

import java.io.IOException;

/** Parley could not be connected to, or did not answer in time: exit code 3 rather than 1. */
final class UnreachableException extends IOException {

    private static final long serialVersionUID = 1L;

    UnreachableException(String message, Throwable cause) {
        super(message, cause);
    }
}

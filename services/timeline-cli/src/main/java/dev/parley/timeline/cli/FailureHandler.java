package dev.parley.timeline.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystemException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * Turns I/O failures into one line on stderr and an exit code, instead of picocli's stack trace. Anything else
 * is a bug in the client, and its stack trace is kept for the report.
 */
final class FailureHandler implements IExecutionExceptionHandler {

    @Override
    public int handleExecutionException(Exception e, CommandLine commandLine, ParseResult parseResult) throws Exception {
        Throwable failure = e instanceof UncheckedIOException unchecked ? unchecked.getCause() : e;
        if (failure instanceof UnreachableException) {
            commandLine.getErr().println("error: " + failure.getMessage());
            return ExitCode.UNREACHABLE;
        }
        if (failure instanceof IOException) {
            commandLine.getErr().println("error: " + describe((IOException) failure));
            return ExitCode.FAILED;
        }
        throw e;
    }

    private static String describe(IOException e) {
        // a FileSystemException's message is often just the path, which says nothing on its own
        if (e instanceof FileSystemException fileFailure) {
            String reason = fileFailure.getReason() == null ? e.getClass().getSimpleName() : fileFailure.getReason();
            return fileFailure.getFile() + ": " + reason;
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}

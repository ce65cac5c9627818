package dev.parley.timeline.command.recording;

/** An import body beyond {@code parley.import.max-bytes}; nothing of it is recorded. */
class ImportTooLargeException extends RuntimeException {

    ImportTooLargeException(long maxBytes) {
        super("an import takes at most " + maxBytes + " bytes (parley.import.max-bytes); split the file");
    }
}

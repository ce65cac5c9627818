package dev.parley.timeline.command.recording;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * One non-blank line of an import, as read: either a command document for a track, or already
 * answered because it could not be read as one.
 *
 * @param body the command document without its {@code trackId}, as a single POST would carry it
 * @param idempotencyKey the line's own key ({@code <key>#n}), or null
 * @param answer the line's answer when it was refused as read, else null
 */
record ImportLine(long number, String trackId, String body, String idempotencyKey, ObjectNode answer) {

    static ImportLine refused(long number, ObjectNode answer) {
        return new ImportLine(number, null, null, null, answer);
    }

    boolean answered() {
        return answer != null;
    }
}

package dev.parley.timeline.command.recording;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Request bodies as UTF-8 text. Bytes that are not UTF-8 are refused, never quietly replaced by
 * U+FFFD: a replaced character would be recorded as if the editor had typed it.
 */
final class Utf8Text {

    private static final int READ_BUFFER_CHARS = 64 * 1024;

    private Utf8Text() {
    }

    /** The body as text, or a problem naming {@code body} if it is not UTF-8. Null stays null. */
    static String decode(byte[] body) {
        if (body == null) {
            return null;
        }
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(body)).toString();
        } catch (CharacterCodingException e) {
            throw new InvalidCommandException("body", "must be UTF-8 text: it contains bytes that are not UTF-8");
        }
    }

    /**
     * An import's text, where each byte that is not UTF-8 becomes a NUL. JSON allows no raw NUL,
     * so the line that held the byte is refused on its own while the rest of the import goes on.
     */
    static Reader forLines(InputStream in) {
        // buffered, as lines are read a character at a time: unbuffered, decoding took a sixth of an import's thread
        return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE)
                .replaceWith("\u0000")), READ_BUFFER_CHARS);
    }
}

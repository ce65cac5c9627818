package dev.parley.timeline.command.recording;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import java.io.IOException;

/**
 * Reads every text field of a command and refuses what cannot be stored as text: control
 * characters other than tab and line breaks (PostgreSQL refuses NUL in text and jsonb) and
 * unpaired UTF-16 surrogates (not Unicode at all). Refused at the edge, such text would otherwise
 * reach the event store and stop every projection that reads it.
 */
class SafeTextDeserializer extends StringDeserializer {

    static final String MESSAGE = "must not contain control characters or invalid Unicode";

    @Override
    public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
        var text = super.deserialize(parser, context);
        if (text != null && !isSafe(text)) {
            throw InvalidFormatException.from(parser, MESSAGE, text, String.class);
        }
        return text;
    }

    static boolean isSafe(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r') {
                return false;
            }
            if (Character.isHighSurrogate(c)) {
                if (i + 1 == text.length() || !Character.isLowSurrogate(text.charAt(i + 1))) {
                    return false;
                }
                i++;
            } else if (Character.isLowSurrogate(c)) {
                return false;
            }
        }
        return true;
    }
}

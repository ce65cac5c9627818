package dev.parley.timeline.cli;

import java.nio.charset.StandardCharsets;

/**
 * Percent-encodes a track id for use as one path segment. Parley decides what a valid id is; the client only
 * makes sure an id such as {@code a/b} or {@code ..} cannot address another resource.
 */
final class PathSegment {

    private static final String UNRESERVED = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_~";

    private PathSegment() {
    }

    static String encode(String segment) {
        StringBuilder encoded = new StringBuilder(segment.length());
        for (byte b : segment.getBytes(StandardCharsets.UTF_8)) {
            // '.' is encoded too (it is unreserved in RFC 3986) so that "." and ".." stay data, not navigation
            if (b >= 0 && UNRESERVED.indexOf(b) >= 0) {
                encoded.append((char) b);
            } else {
                encoded.append('%').append(String.format("%02X", b & 0xFF));
            }
        }
        return encoded.toString();
    }
}

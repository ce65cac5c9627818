package dev.parley.timeline.contract.track;

import java.util.regex.Pattern;

/** The identifier shape shared by tracks and actors: lower-case letters, digits and hyphens. */
public final class Slug {

    public static final String PATTERN = "^[a-z0-9][a-z0-9-]{0,63}$";
    private static final Pattern VALID = Pattern.compile(PATTERN);

    private Slug() {
    }

    public static String require(String value, String what) {
        if (value == null || !VALID.matcher(value).matches()) {
            throw new IllegalArgumentException(what + " must match " + PATTERN);
        }
        return value;
    }
}

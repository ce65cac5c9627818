package dev.parley.timeline.contract.track;

import java.util.Locale;
import java.util.Set;

/** ISO 3166-1 alpha-2 country codes, as the JDK knows them. */
public final class CountryCode {

    private static final Set<String> KNOWN = Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA2);

    private CountryCode() {
    }

    public static boolean isValid(String code) {
        return code != null && KNOWN.contains(code);
    }

    /** Accepts null (country unknown) or a known code. */
    public static String requireOptional(String code, String what) {
        if (code != null && !isValid(code)) {
            throw new IllegalArgumentException(what + " must be an ISO 3166-1 alpha-2 code");
        }
        return code;
    }
}

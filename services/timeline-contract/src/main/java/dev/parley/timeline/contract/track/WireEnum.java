package dev.parley.timeline.contract.track;

import java.util.Arrays;
import java.util.stream.Collectors;

/** An enumeration whose constants travel as kebab-case words ("armed-group", "indirect-talks"). */
public interface WireEnum {

    String wireName();

    static <E extends Enum<E> & WireEnum> E parse(Class<E> type, String wireName) {
        for (E constant : type.getEnumConstants()) {
            if (constant.wireName().equals(wireName)) {
                return constant;
            }
        }
        throw new IllegalArgumentException("must be one of " + allowed(type));
    }

    static <E extends Enum<E> & WireEnum> String allowed(Class<E> type) {
        return Arrays.stream(type.getEnumConstants()).map(WireEnum::wireName).collect(Collectors.joining("|"));
    }

    static String kebab(Enum<?> constant) {
        return constant.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}

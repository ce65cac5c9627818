package dev.parley.timeline.contract.track;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Objects;

/** Where a track meets: a city or resort and its country. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Venue(String name, String country) {

    public Venue {
        Objects.requireNonNull(name, "venue name");
        CountryCode.requireOptional(country, "venue country");
    }
}

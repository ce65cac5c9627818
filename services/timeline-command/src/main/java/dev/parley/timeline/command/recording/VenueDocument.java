package dev.parley.timeline.command.recording;

import dev.parley.timeline.contract.track.Venue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** {@code {"name": "Sharm el-Sheikh", "country": "EG"}} */
record VenueDocument(@NotBlank @Size(max = 200) String name, @IsoCountry String country) {

    Venue toVenue() {
        return new Venue(name.strip(), country);
    }
}

package dev.parley.timeline.command.recording;

import dev.parley.timeline.contract.track.Actor;
import dev.parley.timeline.contract.track.ActorKind;
import dev.parley.timeline.contract.track.Slug;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** {@code {"id": "hamas", "name": "Hamas", "kind": "armed-group", "country": "PS"}} */
record ActorDocument(
        @NotBlank @Pattern(regexp = Slug.PATTERN, message = "must be a lower-case slug like 'hamas' or 'qatar'") String id,
        @NotBlank @Size(max = 200) String name,
        @NotNull ActorKind kind,
        @IsoCountry String country) {

    Actor toActor() {
        return new Actor(id, name.strip(), kind, country);
    }
}

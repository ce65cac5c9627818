package dev.parley.timeline.contract.track;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Objects;

/**
 * A state, organisation, armed group or person. The id is a slug shared across tracks, so the
 * same actor can be followed from one negotiation to the next.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Actor(String id, String name, ActorKind kind, String country) {

    public Actor {
        Slug.require(id, "actor id");
        Objects.requireNonNull(name, "actor name");
        Objects.requireNonNull(kind, "actor kind");
        CountryCode.requireOptional(country, "actor country");
    }
}

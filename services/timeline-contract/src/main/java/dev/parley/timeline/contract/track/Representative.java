package dev.parley.timeline.contract.track;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Objects;

/** A person speaking for a participant, such as a minister or an envoy. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Representative(String name, String title) {

    public Representative {
        Objects.requireNonNull(name, "representative name");
    }
}

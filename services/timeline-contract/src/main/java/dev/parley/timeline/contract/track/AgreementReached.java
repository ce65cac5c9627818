package dev.parley.timeline.contract.track;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Objects;

/** The parties agree on terms. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AgreementReached(
        EventMetadata metadata, String title, List<Actor> parties, List<String> terms)
        implements TrackEvent {

    public AgreementReached {
        Objects.requireNonNull(metadata, "metadata");
        Objects.requireNonNull(title, "title");
        parties = List.copyOf(Objects.requireNonNull(parties, "parties"));
        if (parties.isEmpty()) {
            throw new IllegalArgumentException("parties must not be empty");
        }
        terms = terms == null ? List.of() : List.copyOf(terms);
    }

    /** CAMEO 057: sign formal agreement. */
    @Override
    public String cameoCode() {
        return "057";
    }
}

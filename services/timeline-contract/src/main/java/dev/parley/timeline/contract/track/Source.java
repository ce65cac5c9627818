package dev.parley.timeline.contract.track;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.net.URI;
import java.time.Instant;
import java.util.Objects;

/**
 * Where a development was reported: the publisher, optionally the article and the attribution
 * the article gives ("officials familiar with the matter", "a French diplomatic source").
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Source(String publisher, URI url, String attribution, Instant publishedAt) {

    public Source {
        Objects.requireNonNull(publisher, "source publisher");
    }
}

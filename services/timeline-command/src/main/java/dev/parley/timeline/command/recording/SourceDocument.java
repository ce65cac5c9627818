package dev.parley.timeline.command.recording;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * {@code {"publisher": "Reuters", "url": "https://...", "attribution": "officials familiar with the
 * matter", "publishedAt": "2025-10-08"}}; only the publisher is required.
 */
record SourceDocument(
        @NotBlank @Size(max = 200) String publisher,
        @Size(max = 2000) @Pattern(regexp = "^https?://\\S+$", message = "must be an http or https URL") String url,
        @Size(max = 500) String attribution,
        String publishedAt) {
}

package dev.parley.timeline.command.recording;

import dev.parley.timeline.contract.track.Representative;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** {@code {"name": "Ron Dermer", "title": "Strategic Affairs Minister"}} */
record RepresentativeDocument(@NotBlank @Size(max = 200) String name, @Size(max = 200) String title) {

    Representative toRepresentative() {
        return new Representative(name.strip(), title);
    }
}

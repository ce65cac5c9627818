package dev.parley.timeline.contract.state;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.timeline.contract.track.AssessmentReported;
import dev.parley.timeline.contract.track.EventMetadata;
import dev.parley.timeline.contract.track.Mood;
import dev.parley.timeline.contract.track.Precision;
import dev.parley.timeline.contract.track.SampleEvents;
import dev.parley.timeline.contract.track.StickingPointNarrowed;
import dev.parley.timeline.contract.track.StickingPointRaised;
import java.lang.reflect.Field;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The bounded copy of a state that a track view shows: the latest entries of each list, and how many there are. */
class TrackStateLatestEntriesTest {

    private static final TrackState EVERY_KIND = TrackHistory.of(SampleEvents.all()).state();

    @Test
    void everyListIsCountedByItsNameInTheJson() {
        assertThat(EVERY_KIND.entryCounts()).containsOnlyKeys(listFieldNames());
        assertThat(EVERY_KIND.entryCounts().get("moods")).isEqualTo(EVERY_KIND.moods().size());
        assertThat(EVERY_KIND.entryCounts().get("stickingPoints")).isEqualTo(EVERY_KIND.stickingPoints().size());
    }

    @Test
    void noListIsLeftWhole() throws IllegalAccessException {
        var none = EVERY_KIND.latestEntries(0);

        for (var field : listFields()) {
            assertThat((List<?>) field.get(EVERY_KIND)).as("the sample state's %s", field.getName()).isNotEmpty();
            assertThat((List<?>) field.get(none)).as(field.getName()).isEmpty();
        }
        assertThat(none.version()).isEqualTo(EVERY_KIND.version());
        assertThat(none.status()).isEqualTo(EVERY_KIND.status());
        assertThat(none.name()).isEqualTo(EVERY_KIND.name());
    }

    @Test
    void theLatestByOccurrenceAreKeptAndTheStateItselfKeepsThemAll() {
        var history = TrackHistory.of(List.of(SampleEvents.announced()));
        // recorded out of order: the mood of the 9th arrives last
        history.apply(mood(2, "2025-10-07", Mood.CAUTIOUS));
        history.apply(mood(3, "2025-10-10", Mood.OPTIMISTIC));
        history.apply(mood(4, "2025-10-08", Mood.PESSIMISTIC));
        history.apply(mood(5, "2025-10-09", Mood.DEADLOCKED));
        var state = history.state();

        var latest = state.latestEntries(2);

        assertThat(latest.moods()).extracting(AssessmentReported::mood).containsExactly(Mood.DEADLOCKED, Mood.OPTIMISTIC);
        assertThat(latest.latestMood()).isEqualTo(state.latestMood());
        assertThat(state.moods()).hasSize(4);
        assertThat(state.entryCounts().get("moods")).isEqualTo(4);
    }

    @Test
    void aStickingPointKeepsItsLatestNotes() {
        var history = TrackHistory.of(List.of(SampleEvents.announced()));
        history.apply(new StickingPointRaised(at(2, "2025-10-07"), "withdrawal-lines", "Withdrawal lines", null));
        for (int note = 1; note <= 4; note++) {
            history.apply(new StickingPointNarrowed(at(2 + note, "2025-10-08"), "withdrawal-lines", "note " + note));
        }
        var state = history.state();

        var point = state.latestEntries(3).stickingPoints().get(0);

        assertThat(point.notes()).containsExactly("note 2", "note 3", "note 4");
        assertThat(point.status()).isEqualTo("narrowed");
        assertThat(state.stickingPoints().get(0).notes()).hasSize(4);
    }

    private static AssessmentReported mood(long sequence, String day, Mood mood) {
        return new AssessmentReported(at(sequence, day), mood, SampleEvents.EGYPT, null);
    }

    private static EventMetadata at(long sequence, String day) {
        return SampleEvents.metadata(sequence, day + "T00:00:00Z", Precision.DAY);
    }

    private static List<Field> listFields() {
        var fields = Arrays.stream(TrackState.class.getDeclaredFields()).filter(field -> field.getType() == List.class).toList();
        fields.forEach(field -> field.setAccessible(true));
        return fields;
    }

    private static String[] listFieldNames() {
        return listFields().stream().map(Field::getName).toArray(String[]::new);
    }
}

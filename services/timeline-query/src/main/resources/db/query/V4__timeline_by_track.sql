-- A timeline page of one track walks this index in timeline order and stops after the page,
-- instead of filtering the whole cross-track index by track.
CREATE INDEX development_version_track_occurred
    ON development_version (track_id, occurred_at, first_recorded_at, event_id);

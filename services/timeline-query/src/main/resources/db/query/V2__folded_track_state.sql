-- The track projection becomes the shared fold (TrackState, from timeline-contract) stored as JSON,
-- plus one row per development with its provenance and whether it was corrected or retracted.
-- The per-kind tables of V1 are gone. The projection is rebuilt from the topic: forgetting the
-- positions makes the consumer read every partition again from offset 0.

DROP TABLE track_participant;
DROP TABLE track_exchange;
DELETE FROM track_view;
DELETE FROM projection_offset;

ALTER TABLE track_view DROP COLUMN host;
ALTER TABLE track_view DROP COLUMN venue;
ALTER TABLE track_view DROP COLUMN purpose;
ALTER TABLE track_view ADD COLUMN state JSONB NOT NULL;

CREATE TABLE track_development (
    event_id              UUID         NOT NULL PRIMARY KEY,
    track_id              VARCHAR(64)  NOT NULL REFERENCES track_view (track_id),
    sequence              BIGINT       NOT NULL,
    type                  VARCHAR(60)  NOT NULL,
    cameo_code            VARCHAR(8),
    occurred_at           TIMESTAMPTZ  NOT NULL,
    occurred_at_precision VARCHAR(20)  NOT NULL,
    recorded_at           TIMESTAMPTZ  NOT NULL,
    confidence            VARCHAR(20)  NOT NULL,
    summary               TEXT,
    sources               JSONB        NOT NULL,
    -- occurred_at .. sources show the development as it now stands (a correction replaces them);
    -- the event exactly as first received, for folding the history again after a correction
    event                 JSONB        NOT NULL,
    -- set on the corrected or retracted development by the event that amended it
    amendment             VARCHAR(20),
    amended_by            UUID,
    amendment_reason      TEXT,
    UNIQUE (track_id, sequence)
);

CREATE INDEX track_development_occurred ON track_development (occurred_at, recorded_at);

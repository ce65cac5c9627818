-- Every version of every development, with the transaction time from which it was known: the
-- original from its own recordedAt, a correction's replacement from the correction's, a
-- retraction (retracted = true) from the retraction's. The latest version known before a time
-- is what was believed then; the timeline and other cross-track reads ask this table.
-- Like V2, the projection is rebuilt from the topic so every version is filled in.

DELETE FROM track_development;
DELETE FROM track_view;
DELETE FROM projection_offset;

CREATE TABLE development_version (
    event_id              UUID         NOT NULL REFERENCES track_development (event_id),
    known_from            TIMESTAMPTZ  NOT NULL,
    track_id              VARCHAR(64)  NOT NULL,
    -- when the development was first recorded: orders developments that occurred at the same time
    first_recorded_at     TIMESTAMPTZ  NOT NULL,
    type                  VARCHAR(60)  NOT NULL,
    retracted             BOOLEAN      NOT NULL,
    corrected             BOOLEAN      NOT NULL,
    occurred_at           TIMESTAMPTZ  NOT NULL,
    event                 JSONB        NOT NULL,
    PRIMARY KEY (event_id, known_from)
);

CREATE INDEX development_version_occurred ON development_version (occurred_at, first_recorded_at, event_id);

-- The read side's tables. They hold nothing the topic cannot rebuild.

CREATE TABLE track_view (
    track_id         VARCHAR(64)  NOT NULL PRIMARY KEY,
    name             TEXT         NOT NULL,
    kind             VARCHAR(40)  NOT NULL,
    status           VARCHAR(40)  NOT NULL,
    host             JSONB,
    venue            JSONB,
    purpose          TEXT,
    -- the per-track sequence of the last applied event: the idempotence and gap guard
    version          BIGINT       NOT NULL,
    last_occurred_at TIMESTAMPTZ  NOT NULL
);

CREATE TABLE track_participant (
    track_id        VARCHAR(64) NOT NULL REFERENCES track_view (track_id),
    actor_id        VARCHAR(64) NOT NULL,
    role            VARCHAR(40) NOT NULL,
    actor           JSONB       NOT NULL,
    representatives JSONB       NOT NULL,
    event_id        UUID        NOT NULL,
    occurred_at     TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (track_id, actor_id, role)
);

CREATE TABLE track_exchange (
    event_id              UUID        NOT NULL PRIMARY KEY,
    track_id              VARCHAR(64) NOT NULL REFERENCES track_view (track_id),
    sequence              BIGINT      NOT NULL,
    from_actor            JSONB       NOT NULL,
    to_actor              JSONB,
    via                   JSONB       NOT NULL,
    lists                 JSONB       NOT NULL,
    occurred_at           TIMESTAMPTZ NOT NULL,
    occurred_at_precision VARCHAR(20) NOT NULL,
    confidence            VARCHAR(20) NOT NULL,
    sources               JSONB       NOT NULL
);

CREATE INDEX track_exchange_track ON track_exchange (track_id, occurred_at, sequence);

-- Where the projection stands in each partition, written in the same transaction as the
-- projection change it reflects: a crash can never separate the two.
CREATE TABLE projection_offset (
    consumer_group VARCHAR(200) NOT NULL,
    topic          VARCHAR(249) NOT NULL,
    partition_id   INTEGER      NOT NULL,
    next_offset    BIGINT       NOT NULL,
    PRIMARY KEY (consumer_group, topic, partition_id)
);

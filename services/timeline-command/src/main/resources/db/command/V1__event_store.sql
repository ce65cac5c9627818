-- Axon's event store, token store and Parley's idempotency records.
-- Axon creates no tables itself; the column names match EventStoreConfiguration.

CREATE TABLE domain_event_entry (
    global_index         BIGSERIAL    NOT NULL PRIMARY KEY,
    event_identifier     VARCHAR(255) NOT NULL UNIQUE,
    aggregate_identifier VARCHAR(255) NOT NULL,
    sequence_number      BIGINT       NOT NULL,
    type                 VARCHAR(255),
    -- Axon writes ISO-8601 text here
    time_stamp           VARCHAR(255) NOT NULL,
    payload_type         VARCHAR(255) NOT NULL,
    payload_revision     VARCHAR(255),
    payload              BYTEA        NOT NULL,
    meta_data            BYTEA,
    -- the optimistic-concurrency guard: two writers cannot both append version N of a track
    CONSTRAINT domain_event_entry_track_sequence UNIQUE (aggregate_identifier, sequence_number)
);

-- time-based reads (replay from a date, operations) filter on the text timestamp
CREATE INDEX domain_event_entry_time_stamp ON domain_event_entry (time_stamp);

CREATE TABLE snapshot_event_entry (
    aggregate_identifier VARCHAR(255) NOT NULL,
    sequence_number      BIGINT       NOT NULL,
    type                 VARCHAR(255) NOT NULL,
    event_identifier     VARCHAR(255) NOT NULL UNIQUE,
    time_stamp           VARCHAR(255) NOT NULL,
    payload_type         VARCHAR(255) NOT NULL,
    payload_revision     VARCHAR(255),
    payload              BYTEA        NOT NULL,
    meta_data            BYTEA,
    PRIMARY KEY (aggregate_identifier, sequence_number)
);

CREATE TABLE token_entry (
    processor_name VARCHAR(255) NOT NULL,
    segment        INTEGER      NOT NULL,
    token          BYTEA,
    token_type     VARCHAR(255),
    timestamp      VARCHAR(255),
    owner          VARCHAR(255),
    PRIMARY KEY (processor_name, segment)
);

-- A repeated request with the same Idempotency-Key gets the first answer back.
CREATE TABLE idempotency_record (
    idempotency_key VARCHAR(200) NOT NULL PRIMARY KEY,
    request_hash    CHAR(64)     NOT NULL,
    response_status INTEGER      NOT NULL,
    response_body   TEXT         NOT NULL,
    track_version   BIGINT       NOT NULL,
    created_at      TIMESTAMPTZ  NOT NULL
);

-- What the command service's database role may do, when the deployment created the roles of
-- deploy/postgres/roles.sql: read and append events, never change or remove them, and keep its
-- bookkeeping (publication position, snapshots, idempotency answers). Without those roles (the
-- standalone app, the tests) there is nothing to grant and this migration does nothing.
DO $$
BEGIN
    IF EXISTS (SELECT FROM pg_roles WHERE rolname = 'parley_command') THEN
        GRANT SELECT, INSERT ON domain_event_entry TO parley_command;
        GRANT USAGE ON SEQUENCE domain_event_entry_global_index_seq TO parley_command;
        -- snapshots are a disposable cache of a track's state: Axon replaces them
        GRANT SELECT, INSERT, DELETE ON snapshot_event_entry TO parley_command;
        -- the publisher's position and claim on it
        GRANT SELECT, INSERT, UPDATE, DELETE ON token_entry TO parley_command;
        -- the first answer to a keyed request is kept, never changed
        GRANT SELECT, INSERT ON idempotency_record TO parley_command;
    END IF;
END
$$;

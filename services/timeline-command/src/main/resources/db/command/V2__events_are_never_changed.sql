-- The event store is the record: an event, once stored, is never changed or removed. Axon only
-- ever inserts into domain_event_entry; a correction is a new event. This trigger makes the rule
-- hold for every client of the database, not only for Parley's code. (TRUNCATE is refused too.)

CREATE FUNCTION refuse_event_change() RETURNS trigger
    LANGUAGE plpgsql AS
$$
BEGIN
    RAISE EXCEPTION 'events are never changed or removed: % on % refused; record a correction instead',
        TG_OP, TG_TABLE_NAME
        USING ERRCODE = 'restrict_violation';
END;
$$;

CREATE TRIGGER domain_event_entry_is_append_only
    BEFORE UPDATE OR DELETE ON domain_event_entry
    FOR EACH ROW EXECUTE FUNCTION refuse_event_change();

CREATE TRIGGER domain_event_entry_is_not_truncated
    BEFORE TRUNCATE ON domain_event_entry
    FOR EACH STATEMENT EXECUTE FUNCTION refuse_event_change();

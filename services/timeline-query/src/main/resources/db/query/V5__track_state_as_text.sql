-- A track's folded state is only ever read whole, by the service, which parses it itself. As JSONB,
-- PostgreSQL parsed and re-encoded every write (and encoded every read back to text): for a track
-- of 10,000 events, a 2.8 MB document written once per consumed batch, that parse was most of the
-- database's CPU during an import. Stored as the text the service wrote, it is only compressed.
-- Ad-hoc queries cast it: state::jsonb -> 'exchanges'.

ALTER TABLE track_view ALTER COLUMN state TYPE TEXT USING state::text;

-- Parley's database roles, least privilege. Run once per Parley database, connected to it, as a
-- superuser (or a role with CREATEROLE that owns the database):
--
--   psql -d parley -f deploy/postgres/roles.sql
--
-- Then create one login per service in its role (see the end of this file) and give the services
-- those logins. docs/security.md explains the split. Running this file again changes nothing.
--
--   parley_owner    creates the event store's tables: the command service's migrations log in
--                   with a member of this role (parley.command.migration.username), never the
--                   service itself, so the service cannot drop or alter the event store or its
--                   append-only triggers.
--   parley_command  the command service: reads and appends events, never updates, deletes or
--                   truncates them (granted by the command migration V3 when the tables exist).
--   parley_query    the query service: owns only the projection's tables, which it creates,
--                   rebuilds in a schema of its own and swaps in; it has no right on the event
--                   store at all, since it reads events from Kafka.

DO $$
BEGIN
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'parley_owner') THEN
        CREATE ROLE parley_owner NOLOGIN;
    END IF;
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'parley_command') THEN
        CREATE ROLE parley_command NOLOGIN;
    END IF;
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'parley_query') THEN
        CREATE ROLE parley_query NOLOGIN;
    END IF;

    -- nobody else connects or makes temporary tables; the query service creates its rebuild schema
    EXECUTE format('REVOKE ALL ON DATABASE %I FROM PUBLIC', current_database());
    EXECUTE format('GRANT CONNECT ON DATABASE %I TO parley_owner, parley_command, parley_query', current_database());
    EXECUTE format('GRANT CREATE ON DATABASE %I TO parley_query', current_database());
END
$$;

-- PostgreSQL 15 already refuses CREATE in public to everyone else; older versions do not
REVOKE CREATE ON SCHEMA public FROM PUBLIC;
GRANT USAGE, CREATE ON SCHEMA public TO parley_owner, parley_query;
GRANT USAGE ON SCHEMA public TO parley_command;

-- The logins, with passwords from your secret store (not run by this file):
--
--   CREATE ROLE parley_migrator   LOGIN PASSWORD '…' IN ROLE parley_owner;
--   CREATE ROLE parley_command_app LOGIN PASSWORD '…' IN ROLE parley_command;
--   CREATE ROLE parley_query_app   LOGIN PASSWORD '…' IN ROLE parley_query;
--
-- command service:  spring.datasource.username=parley_command_app
--                   parley.command.migration.username=parley_migrator (and .password)
-- query service:    spring.datasource.username=parley_query_app

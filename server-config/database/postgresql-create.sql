-- Creates Portal's role and database on PostgreSQL (13 or newer). Run once, as a superuser:
--
--   psql -U postgres -v portal_password='a long random secret' -f server-config/database/postgresql-create.sql
--
-- Optional: -v portal_user=... -v portal_database=... (both default to "portal").
-- Only the empty database is created here: Portal creates and upgrades its tables itself at start-up
-- (db/migration in the WAR, see README "Database schema and migrations").
\set ON_ERROR_STOP on
\if :{?portal_user}
\else
    \set portal_user portal
\endif
\if :{?portal_database}
\else
    \set portal_database portal
\endif
\if :{?portal_password}
\else
    DO $$ BEGIN RAISE EXCEPTION 'Give the password of the new role: psql -v portal_password=...'; END $$;
\endif

CREATE ROLE :"portal_user" LOGIN PASSWORD :'portal_password';
CREATE DATABASE :"portal_database" OWNER :"portal_user" ENCODING 'UTF8' TEMPLATE template0;

-- The portal role owns its tables in the public schema; nobody else may create objects there.
\connect :"portal_database"
ALTER SCHEMA public OWNER TO :"portal_user";
REVOKE CREATE ON SCHEMA public FROM PUBLIC;

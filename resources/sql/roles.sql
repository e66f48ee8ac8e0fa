-- BranchDesk on a shared PostgreSQL server: the two roles a branch needs, and its database.
--
-- Run once, by the server's administrator (a superuser), with psql:
--     psql -U postgres -f roles.sql                       (the names below)
--     psql -U postgres -v owner=bd_owner -v app=bd_app -v dbname=branchdesk2 -f roles.sql
-- (`python main.py db roles` prints this script.) Then give both roles a password:
--     psql -U postgres -c '\password branchdesk_owner'    and the same for branchdesk_app
--
-- The owner owns the schema: `main.py --owner-user branchdesk_owner init` creates the tables and
-- every upgrade (`main.py --owner-user branchdesk_owner db upgrade`) changes them, then grants the
-- app's role what it needs (resources/sql/grants.sql). The clerks' PCs log in as the app's role:
-- it reads and writes rows, and nothing else. It cannot create, alter or drop a table or a trigger,
-- cannot update, delete or truncate the audit log, and cannot touch the migration history.

\set ON_ERROR_STOP on
\if :{?owner}
\else
\set owner branchdesk_owner
\endif
\if :{?app}
\else
\set app branchdesk_app
\endif
\if :{?dbname}
\else
\set dbname branchdesk
\endif

CREATE ROLE :"owner" LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE;
CREATE ROLE :"app" LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOINHERIT;
CREATE DATABASE :"dbname" OWNER :"owner" ENCODING 'UTF8' TEMPLATE template0;

-- Nobody else may connect; the app's role may not create schemas or tables in it.
REVOKE ALL ON DATABASE :"dbname" FROM PUBLIC;
GRANT CONNECT ON DATABASE :"dbname" TO :"owner", :"app";

\connect :"dbname"
ALTER SCHEMA public OWNER TO :"owner";
REVOKE ALL ON SCHEMA public FROM PUBLIC;
GRANT USAGE ON SCHEMA public TO :"app";

"""The two PostgreSQL roles of a shared branch database: the owner, who creates and upgrades the
schema, and the app's login role, which the clerks' PCs use and which may only read and write rows.

resources/sql/roles.sql (``main.py db roles`` prints it) is what the server's administrator runs
once. ``upgrade`` brings the schema up to date: as the owner when the command line names one
(``--owner-user``, or ``BRANCHDESK_DB_OWNER``), then grants the app's role its privileges
(resources/sql/grants.sql, re-applied on every owner upgrade so a new table is covered); as the
app's role otherwise, which works for a database whose schema is current (or a SQLite file), and
is refused with how to upgrade when a migration would need the owner.
"""
from __future__ import annotations

import getpass
import os
from datetime import datetime
from urllib.parse import quote, urlencode, urlunsplit

import peewee

from common import db as dbmod
from common.errors import Refusal
from common.paths import resource

OWNER_ENV = "BRANCHDESK_DB_OWNER"
_INSUFFICIENT_PRIVILEGE = "42501"
_owner_user: str | None = None


def set_owner_user(name: str | None) -> None:
    """The owner role named on the command line (``--owner-user``); None: the environment's, if any."""
    global _owner_user
    _owner_user = (name or "").strip() or None


def owner_user() -> str | None:
    return _owner_user or (os.environ.get(OWNER_ENV) or "").strip() or None


def roles_script() -> str:
    """The administrator's script (psql): roles, database, schema ownership."""
    return resource("sql", "roles.sql").read_text(encoding="utf-8")


def quote_identifier(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _params(target: dbmod.Target) -> dict:
    from psycopg2.extensions import parse_dsn

    return dict(parse_dsn(target.url))


def app_user(target: dbmod.Target) -> str:
    """The role the app logs in as: the connection's user, else (as libpq does) the OS user."""
    return _params(target).get("user") or getpass.getuser()


def owner_target(target: dbmod.Target, owner: str) -> dbmod.Target:
    """The same server and database, as ``owner`` (its password: libpq's password file or
    PGPASSWORD, as for any connection; never the app role's)."""
    params = _params(target)
    params.pop("password", None)
    params.pop("user", None)
    host, port, name = params.pop("host", ""), params.pop("port", ""), params.pop("dbname", "")
    netloc = quote(owner, safe="") + "@"
    if host and not host.startswith("/"):
        netloc += host
    else:
        params["host"] = host  # a Unix socket directory goes in the query, as libpq reads it
    if port:
        netloc += f":{port}"
    query = urlencode({k: v for k, v in params.items() if v}, quote_via=quote)
    return dbmod.Target("postgresql", url=urlunsplit(("postgresql", netloc, "/" + quote(name, safe=""), query, "")))


def grant_app(app: str) -> None:
    """Give the app's role exactly its privileges (the owner's connection must be open)."""
    sql = resource("sql", "grants.sql").read_text(encoding="utf-8").replace("{app}", quote_identifier(app))
    statements = [s.strip() for s in _without_comments(sql).split(";") if s.strip()]
    with dbmod.database.atomic():
        for statement in statements:
            dbmod.database.execute_sql(statement)


def _without_comments(sql: str) -> str:
    return "\n".join(line for line in sql.splitlines() if not line.lstrip().startswith("--"))


def upgrade(target: dbmod.Target, now: datetime, *, existing: bool = False) -> list[str]:
    """Bring the open database's schema up to date (see the module docstring); the database is
    open as ``target`` afterwards. ``existing``: refuse a database that was never initialised.
    Returns the migrations applied."""
    from common import schema

    try:
        if existing and not schema.is_initialised():
            raise Refusal("db.not_initialised", path=target.describe())
        owner = owner_user()
        if not owner or target.is_sqlite:
            return schema.upgrade(target, now)
    except peewee.ProgrammingError as exc:
        if getattr(dbmod.driver_error(exc), "pgcode", None) == _INSUFFICIENT_PRIVILEGE:
            raise Refusal("db.upgrade_needs_owner", url=target.describe(), user=app_user(target)) from None
        raise
    dbmod.close_database()
    as_owner = owner_target(target, owner)
    dbmod.open_database(as_owner)
    try:
        applied = schema.upgrade(as_owner, now)
        grant_app(app_user(target))
    finally:
        dbmod.close_database()
    dbmod.open_database(target)
    return applied

"""The database: one peewee ``DatabaseProxy`` for the whole program.

A branch clerk working alone keeps a SQLite file in her data directory; several clerks sharing data
point every PC at one PostgreSQL server. Both are reached through ``database`` below, which
``open_database`` binds to the real driver.

SQLite is opened in WAL mode with foreign keys on, a busy timeout so a second process waits instead
of failing, ``synchronous=FULL`` so a committed posting survives a power cut, and write
transactions that start IMMEDIATE (the write lock is taken at BEGIN, so two clerks never both read
a stale counter and then collide on COMMIT).

SQLite over a network share corrupts databases (its locking does not work over SMB), so a file on a
UNC path, a mapped network drive or a network mount is refused with a pointer to PostgreSQL.
"""
from __future__ import annotations

import os
import sqlite3
import string
import sys
from dataclasses import dataclass, field
from pathlib import Path, PureWindowsPath
from typing import Callable
from urllib.parse import unquote, urlsplit, urlunsplit

from common.errors import Refusal
from common.pg_driver import import_peewee

# Before anything else imports peewee: without psycopg2, which a SQLite branch never needs (it is
# handed to peewee when a PostgreSQL database is opened, see common.pg_driver).
peewee = import_peewee()
DatabaseProxy, Model = peewee.DatabaseProxy, peewee.Model

database = DatabaseProxy()

SQLITE_PRAGMAS = {
    "journal_mode": "wal",
    "foreign_keys": 1,
    "busy_timeout": 15000,
    "synchronous": "full",
    "cache_size": -32000,  # 32 MB page cache
    # Deleted rows are overwritten with zeros, not left in free space: an erased customer's data
    # must not be readable from the file afterwards (PIPL). Deletes are rare here (drafts, erasures).
    "secure_delete": 1,
}

NETWORK_FS_TYPES = {"nfs", "nfs4", "cifs", "smbfs", "smb3", "9p", "afs", "sshfs", "fuse.sshfs", "davfs"}


class BaseModel(Model):
    class Meta:
        database = database
        legacy_table_names = False


@dataclass(frozen=True)
class Target:
    """Which database to open: a SQLite file or a PostgreSQL server.

    A PostgreSQL server is named by a libpq connection string, a URL (``postgresql://user@host/db``)
    or keywords (``host=server dbname=branchdesk user='王 丽'``), read by libpq's own parser and
    passed to the driver as keyword arguments. A password written into it (``--db``,
    ``BRANCHDESK_DB``, an old settings.json) is moved out on construction into ``password``, kept
    out of repr: the spec the program carries, shows and saves never holds one.
    """

    kind: str  # "sqlite" or "postgresql"
    path: Path | None = None
    url: str | None = None
    password: str | None = field(default=None, repr=False, compare=False)

    def __post_init__(self):
        if self.kind == "postgresql" and self.url:
            spec, password = split_password(self.url)
            object.__setattr__(self, "url", spec)
            if self.password is None and password is not None:
                object.__setattr__(self, "password", password)

    @property
    def is_sqlite(self) -> bool:
        return self.kind == "sqlite"

    @property
    def params(self) -> dict:
        """The connection keywords (host, port, dbname, user, ...), never a password."""
        params = conninfo_params(self.url or "")
        params.pop("password", None)
        return params

    def describe(self) -> str:
        """For the status bar and messages: never shows a password."""
        if self.is_sqlite:
            return str(self.path)
        params = self.params
        host, port = params.get("host", ""), params.get("port")
        shown = "postgresql://"
        if params.get("user"):
            shown += params["user"] + "@"
        if host and not host.startswith("/"):
            shown += host
        if port:
            shown += f":{port}"
        shown += "/" + params.get("dbname", "")
        if host.startswith("/"):  # a Unix socket directory
            shown += f"?host={host}"
        return shown


def is_postgresql_spec(text: str) -> bool:
    """A URL, or libpq keywords (``host=... dbname=...``): a SQLite path never starts so."""
    stripped = text.lstrip()
    if stripped.startswith(("postgresql://", "postgres://")):
        return True
    keyword = stripped.split("=", 1)[0].strip()
    return "=" in stripped and keyword in _LIBPQ_KEYWORDS


_LIBPQ_KEYWORDS = {"host", "hostaddr", "port", "dbname", "user", "password", "passfile", "service", "sslmode",
                   "connect_timeout", "application_name", "options", "target_session_attrs"}


def conninfo_params(spec: str) -> dict:
    """libpq's own reading of a connection string (percent-decoding, quoting, query parameters).
    An unreadable one is refused without repeating it: it may hold a password."""
    import psycopg2.extensions

    try:
        return dict(psycopg2.extensions.parse_dsn(spec))
    except psycopg2.ProgrammingError:
        raise Refusal("db.spec_invalid") from None


def split_password(spec: str) -> tuple[str, str | None]:
    """(the spec without its password, the password or None)."""
    params = conninfo_params(spec)
    if "password" not in params:
        return spec, None
    password = params.pop("password")
    text = spec.strip()
    if text.startswith(("postgresql://", "postgres://")):
        parts = urlsplit(text)
        userinfo, at, hostport = parts.netloc.rpartition("@")
        netloc = (userinfo.split(":", 1)[0] + "@" + hostport) if at else hostport
        query = "&".join(item for item in parts.query.split("&") if unquote(item.split("=", 1)[0]) != "password")
        return urlunsplit((parts.scheme, netloc, parts.path, query, parts.fragment)), password
    return " ".join(f"{key}={_conninfo_quote(value)}" for key, value in params.items()), password


def _conninfo_quote(value: str) -> str:
    return "'" + value.replace("\\", "\\\\").replace("'", "\\'") + "'"


def parse_target(spec: str | os.PathLike | None, default: Path) -> Target:
    if spec is None or str(spec) == "":
        return Target("sqlite", path=Path(default))
    text = str(spec)
    if is_postgresql_spec(text):
        return Target("postgresql", url=text.strip())
    if text.startswith("sqlite:///"):
        text = text[len("sqlite:///"):]
    return Target("sqlite", path=Path(text))


def is_network_path(path: Path) -> bool:
    """True for UNC paths, mapped network drives (Windows) and network mounts (Linux)."""
    text = str(path)
    if text.startswith(("\\\\", "//")):
        return True
    if sys.platform == "win32":
        drive = PureWindowsPath(os.path.abspath(text)).drive
        if len(drive) == 2 and drive[1] == ":" and drive[0].upper() in string.ascii_uppercase:
            DRIVE_REMOTE = 4
            import ctypes  # Windows only; not worth a cold start's import elsewhere

            return ctypes.windll.kernel32.GetDriveTypeW(drive + "\\") == DRIVE_REMOTE
        return False
    return _linux_mount_fstype(Path(os.path.abspath(text))) in NETWORK_FS_TYPES


def _linux_mount_fstype(path: Path) -> str | None:
    try:
        with open("/proc/self/mounts", encoding="utf-8") as mounts:
            entries = [line.split()[1:3] for line in mounts if line.strip()]
    except OSError:
        return None
    best, fstype = "", None
    for mount_point, kind in entries:
        mount_point = mount_point.replace("\\040", " ")
        if (str(path) == mount_point or str(path).startswith(mount_point.rstrip("/") + "/")) and len(
            mount_point
        ) >= len(best):
            best, fstype = mount_point, kind
    return fstype


def open_database(target: Target, *, create: bool = False) -> peewee.Database:
    """Open the target and bind ``database`` to it. Refuses with a code the UI can explain."""
    if target.is_sqlite:
        db = _open_sqlite(target.path, create=create)
    else:
        db = _open_postgresql(target)
    database.initialize(db)
    return db


def _open_sqlite(path: Path, *, create: bool) -> peewee.SqliteDatabase:
    path = Path(path)
    if is_network_path(path):
        raise Refusal("db.network_path", path=str(path))
    folder = path.parent if str(path.parent) else Path(".")
    if not path.exists():
        if not create:
            raise Refusal("db.missing", path=str(path))
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise Refusal("db.dir_unwritable", path=str(folder), detail=exc.strerror or str(exc)) from exc
    if not os.access(folder, os.W_OK):
        raise Refusal("db.dir_unwritable", path=str(folder), detail="permission denied")
    if path.exists() and not os.access(path, os.W_OK):
        raise Refusal("db.dir_unwritable", path=str(path), detail="permission denied")
    db = peewee.SqliteDatabase(str(path), pragmas=SQLITE_PRAGMAS, lock_type="IMMEDIATE")
    try:
        db.connect(reuse_if_open=True)
        db.execute_sql("SELECT count(*) FROM sqlite_master").fetchone()
    except (peewee.DatabaseError, sqlite3.DatabaseError) as exc:
        db.close()
        raise Refusal("db.corrupt", path=str(path), detail=str(exc)) from exc
    return db


# Asked when the server wants a password that neither the credential store nor libpq's password
# file gave: (where, user, wrong, can_remember) -> (password, remember) or None if the user declines.
# main.py sets a terminal prompt for commands and a dialog for the desktop app.
PasswordPrompt = Callable[[str, str, bool, bool], "tuple[str, bool] | None"]
_password_prompt: PasswordPrompt | None = None
PASSWORD_TRIES = 3


def set_password_prompt(prompt: PasswordPrompt | None) -> None:
    global _password_prompt
    _password_prompt = prompt


def _open_postgresql(target: Target) -> peewee.PostgresqlDatabase:
    return _connect_postgresql(target, timeout=10, ask=_password_prompt)


def _wants_password(error: Exception) -> bool:
    """libpq's "fe_sendauth: no password supplied" or the server's "password authentication
    failed" (its Chinese translation keeps the word Password; libpq's own says 密码)."""
    text = str(error).lower()
    return "password" in text or "密码" in text


def _connect_postgresql(target: Target, *, timeout: int, ask: PasswordPrompt | None) -> peewee.PostgresqlDatabase:
    """Connect with keyword arguments. The password: the one the spec carried, else the credential
    store's, else none (libpq then reads PGPASSWORD or its password file); when the server still
    wants one, ``ask`` is asked (PASSWORD_TRIES times at most) and a working answer is stored
    where the user agreed."""
    from common import credentials

    params = target.params
    name = params.pop("dbname", None) or params.get("user") or credentials.os_user()
    params.setdefault("connect_timeout", timeout)
    # The desk's queries are short; the server's JIT compiles any it estimates costly (an owed
    # list over a ten-year journal) for longer than the query runs: 160-700 ms on each open.
    params.setdefault("options", "-c jit=off")
    password = target.password if target.password is not None else credentials.stored_password(params | {"dbname": name})
    remember, tries = False, 0
    while True:
        keywords = dict(params, password=password) if password is not None else params
        db = peewee.PostgresqlDatabase(name, **keywords)
        try:
            db.connect(reuse_if_open=True)
        except peewee.OperationalError as exc:
            if not _wants_password(exc):
                raise Refusal("db.unreachable", url=target.describe(), detail=str(exc).strip()) from None
            answer = None
            if ask is not None and tries < PASSWORD_TRIES:
                tries += 1
                answer = ask(target.describe(), params.get("user") or credentials.os_user(), password is not None,
                             credentials.store_available())
            if answer is None:
                if password is None:
                    raise Refusal("db.password_needed", url=target.describe(), user=params.get("user") or "") from None
                raise Refusal("db.unreachable", url=target.describe(), detail=str(exc).strip()) from None
            password, remember = answer
            continue
        if remember:
            credentials.store_password(params | {"dbname": name}, password)
        return db


def close_database() -> None:
    db = database.obj
    if db is not None and not db.is_closed():
        db.close()


def current() -> peewee.Database:
    """The real database behind the proxy (for code that needs the driver, e.g. backups)."""
    assert database.obj is not None, "open_database() first"
    return database.obj


def is_sqlite() -> bool:
    return isinstance(current(), peewee.SqliteDatabase)


def atomic():
    """A write transaction (IMMEDIATE on SQLite). Every domain write goes through this."""
    return database.atomic()


def check_target(spec: str, ask: PasswordPrompt | None = None) -> Target:
    """Validate a database the settings page will use at the next start, without opening it for
    this session: a SQLite file must not be on a network share, a PostgreSQL server must answer."""
    target = parse_target(spec, default=Path())
    if target.is_sqlite:
        if not str(spec or "").strip():
            raise Refusal("db.spec_empty")
        if is_network_path(target.path):
            raise Refusal("db.network_path", path=str(target.path))
        return target
    probe = _connect_postgresql(target, timeout=5, ask=ask)
    probe.close()
    return target


# -- transactions that meet other clerks, and a server that goes away ---------------------------------

RETRY_ATTEMPTS = 5  # whole-transaction attempts on PostgreSQL before the clerk is told to try again
SQLITE_RETRY_ATTEMPTS = 2  # SQLite already waited busy_timeout (15 s) for the write lock each time
RETRY_BACKOFF_S = 0.05  # first pause; doubled each attempt, each pause jittered by +-50%
# SQLSTATEs PostgreSQL asks the client to retry the transaction for: serialization_failure,
# deadlock_detected.
_RETRY_SQLSTATES = {"40001", "40P01"}
# The server went away or refuses new sessions for now: admin_shutdown, crash_shutdown,
# cannot_connect_now (starting up or shutting down); class 08 is "connection exception".
_LOST_SQLSTATES = {"57P01", "57P02", "57P03"}
retries = 0  # transactions run again in this process (bench/bench_load.py reports it)


def driver_error(exc: BaseException) -> BaseException:
    """The driver's own exception behind a peewee one (peewee keeps it as ``orig``)."""
    orig = getattr(exc, "orig", None)
    return orig if isinstance(orig, BaseException) else exc


def is_retryable(exc: BaseException) -> bool:
    """A deadlock or serialization failure (PostgreSQL) or a busy database (SQLite): the
    transaction was rolled back and running it again may well succeed."""
    error = driver_error(exc)
    if getattr(error, "pgcode", None) in _RETRY_SQLSTATES:
        return True
    if isinstance(error, sqlite3.OperationalError):
        text = str(error).lower()
        return "locked" in text or "busy" in text
    return False


def is_connection_lost(exc: BaseException) -> bool:
    """The PostgreSQL server closed the connection or cannot be reached (stopped, restarted, the
    network dropped)."""
    db = database.obj
    if db is None or isinstance(db, peewee.SqliteDatabase):
        return False
    error = driver_error(exc)
    try:
        import psycopg2
    except ImportError:  # pragma: no cover - psycopg2 is a requirement
        return False
    if not isinstance(error, psycopg2.Error):
        return False
    code = getattr(error, "pgcode", None)
    if code in _LOST_SQLSTATES or (code or "").startswith("08") or isinstance(error, psycopg2.InterfaceError):
        return True
    if code is None and isinstance(error, psycopg2.OperationalError):
        return True  # libpq's own: "server closed the connection unexpectedly", "could not connect"
    conn = db._state.conn
    return conn is not None and bool(getattr(conn, "closed", 0))


def drop_connection() -> None:
    """Forget a connection the server closed, so that the next query opens a new one (peewee
    connects on first use); nothing of the failed transaction is kept."""
    db = database.obj
    if db is None:
        return
    conn = db._state.conn
    try:
        if conn is not None:
            conn.close()
    except Exception:  # noqa: BLE001 - the connection is dead already; closing it is housekeeping
        pass
    db._state.reset()
    while db._state.transactions:  # a transaction whose rollback failed with the connection
        db.pop_transaction()


def refusal_for(exc: BaseException) -> Refusal | None:
    """The refusal a database error means to a clerk, or None when it is a bug to report:
    the connection was lost (it is dropped, so the next operation reconnects) or the database
    stayed busy."""
    if is_connection_lost(exc):
        drop_connection()
        return Refusal("db.connection_lost", url=_where())
    if is_retryable(exc):
        return Refusal("db.busy", attempts=1)
    return None


def _where() -> str:
    db = database.obj
    if db is None or isinstance(db, peewee.SqliteDatabase):
        return str(getattr(db, "database", ""))
    params = getattr(db, "connect_params", {}) or {}
    host = params.get("host") or "localhost"
    return f"{host}/{db.database}"


def retrying(function):
    """Run a write use case (a function that opens its own ``atomic()``) as one transaction,
    again when another clerk's transaction made it fail in a way the database says is worth a
    retry (deadlock, serialization failure, SQLite busy): at most RETRY_ATTEMPTS times with a
    short jittered pause, then refused as ``db.busy``. A lost connection is refused as
    ``db.connection_lost`` (nothing of the transaction was committed). Called inside an open
    transaction (an import posting its documents one by one) it just runs: the outermost retries."""
    import functools
    import random
    import time

    @functools.wraps(function)
    def run(*args, **kwargs):
        if database.obj is not None and database.in_transaction():
            return function(*args, **kwargs)
        attempts = SQLITE_RETRY_ATTEMPTS if is_sqlite() else RETRY_ATTEMPTS
        for attempt in range(1, attempts + 1):
            try:
                return function(*args, **kwargs)
            except Exception as exc:  # noqa: BLE001 - peewee's and, for a plain cursor's executemany, the driver's
                if is_connection_lost(exc):
                    drop_connection()
                    raise Refusal("db.connection_lost", url=_where()) from None
                if not is_retryable(exc):
                    raise
                if attempt == attempts:
                    raise Refusal("db.busy", attempts=attempts) from None
                global retries
                retries += 1
                pause = RETRY_BACKOFF_S * (2 ** (attempt - 1))
                time.sleep(pause * random.uniform(0.5, 1.5))
        raise AssertionError("unreachable")

    return run

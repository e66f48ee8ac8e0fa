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
from dataclasses import dataclass
from pathlib import Path, PureWindowsPath
from urllib.parse import urlsplit, urlunsplit

import peewee
from peewee import DatabaseProxy, Model

from common.errors import Refusal

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
    """Which database to open: a SQLite file or a PostgreSQL URL."""

    kind: str  # "sqlite" or "postgresql"
    path: Path | None = None
    url: str | None = None

    @property
    def is_sqlite(self) -> bool:
        return self.kind == "sqlite"

    def describe(self) -> str:
        """For the status bar and messages: never shows a password."""
        if self.is_sqlite:
            return str(self.path)
        parts = urlsplit(self.url)
        netloc = parts.hostname or ""
        if parts.username:
            netloc = f"{parts.username}@{netloc}"
        if parts.port:
            netloc = f"{netloc}:{parts.port}"
        return urlunsplit((parts.scheme, netloc, parts.path, parts.query, ""))


def parse_target(spec: str | os.PathLike | None, default: Path) -> Target:
    if spec is None or str(spec) == "":
        return Target("sqlite", path=Path(default))
    text = str(spec)
    if text.startswith(("postgresql://", "postgres://")):
        return Target("postgresql", url=text)
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
        db = _open_postgresql(target.url)
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


def _open_postgresql(url: str) -> peewee.PostgresqlDatabase:
    from playhouse.db_url import parse

    params = parse(url)
    name = params.pop("database")
    params.setdefault("connect_timeout", 10)
    db = peewee.PostgresqlDatabase(name, **params)
    try:
        db.connect(reuse_if_open=True)
    except peewee.OperationalError as exc:
        raise Refusal("db.unreachable", url=Target("postgresql", url=url).describe(), detail=str(exc).strip()) from exc
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


def check_target(spec: str) -> Target:
    """Validate a database the settings page will use at the next start, without opening it for
    this session: a SQLite file must not be on a network share, a PostgreSQL server must answer."""
    target = parse_target(spec, default=Path())
    if target.is_sqlite:
        if not str(spec or "").strip():
            raise Refusal("db.spec_empty")
        if is_network_path(target.path):
            raise Refusal("db.network_path", path=str(target.path))
        return target
    from playhouse.db_url import parse

    params = parse(target.url)
    name = params.pop("database")
    params["connect_timeout"] = 5
    probe = peewee.PostgresqlDatabase(name, **params)
    try:
        probe.connect()
    except peewee.OperationalError as exc:
        raise Refusal("db.unreachable", url=target.describe(), detail=str(exc).strip()) from exc
    finally:
        if not probe.is_closed():
            probe.close()
    return target

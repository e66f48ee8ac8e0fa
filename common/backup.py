"""Backups of the SQLite file through SQLite's online backup API.

The API copies a consistent snapshot while other connections keep working (WAL included), which a
plain file copy does not. A backup is written to a temporary name and renamed into place, so a
full disk or a killed process never leaves a half-written file under the backup's name.

PostgreSQL is backed up with the server's own tools (pg_dump / pg_restore); see README.
"""
from __future__ import annotations

import os
import shutil
import sqlite3
from datetime import datetime
from pathlib import Path

from common.errors import Refusal

REQUIRED_TABLE = "schema_migration"


def _copy(source: sqlite3.Connection, dest_path: Path) -> None:
    dest_path.parent.mkdir(parents=True, exist_ok=True)
    partial = dest_path.with_name(dest_path.name + ".partial")
    if partial.exists():
        partial.unlink()
    try:
        dest = sqlite3.connect(str(partial))
        try:
            source.backup(dest)
            dest.execute("PRAGMA journal_mode=DELETE")  # one self-contained file, no -wal beside it
        finally:
            dest.close()
        with open(partial, "rb+") as handle:
            os.fsync(handle.fileno())
        os.replace(partial, dest_path)
    except OSError as exc:
        if partial.exists():
            partial.unlink()
        raise Refusal("backup.write_failed", path=str(dest_path), detail=exc.strerror or str(exc)) from exc


def backup_file(db_path: Path, dest_path: Path) -> Path:
    """Copy the live database at db_path to dest_path. Returns dest_path."""
    db_path, dest_path = Path(db_path), Path(dest_path)
    if not db_path.exists():
        raise Refusal("db.missing", path=str(db_path))
    if dest_path.resolve() == db_path.resolve():
        raise Refusal("backup.same_file", path=str(dest_path))
    source = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)
    try:
        _copy(source, dest_path)
    finally:
        source.close()
    return dest_path


def backup_before_migration(db_path: Path, version: int, now: datetime) -> Path:
    stamp = now.strftime("%Y%m%d-%H%M%S")
    dest = Path(db_path).parent / "backups" / f"{Path(db_path).stem}-v{version}-before-upgrade-{stamp}.sqlite3"
    return backup_file(db_path, dest)


def verify_backup(path: Path) -> None:
    """Refuse a file that is not an intact BranchDesk database."""
    path = Path(path)
    if not path.exists():
        raise Refusal("db.missing", path=str(path))
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            result = conn.execute("PRAGMA integrity_check").fetchone()[0]
            tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        raise Refusal("backup.not_a_database", path=str(path), detail=str(exc)) from exc
    if result != "ok":
        raise Refusal("backup.not_a_database", path=str(path), detail=result)
    if REQUIRED_TABLE not in tables:
        raise Refusal("backup.not_branchdesk", path=str(path))


def restore_file(backup_path: Path, db_path: Path, now: datetime) -> Path | None:
    """Replace the database at db_path with the backup. The current database is first saved next
    to it (returned), so a restore can itself be undone."""
    backup_path, db_path = Path(backup_path), Path(db_path)
    verify_backup(backup_path)
    saved = None
    if db_path.exists():
        stamp = now.strftime("%Y%m%d-%H%M%S")
        saved = backup_file(db_path, db_path.parent / "backups" / f"{db_path.stem}-before-restore-{stamp}.sqlite3")
    source = sqlite3.connect(f"file:{backup_path}?mode=ro", uri=True)
    try:
        if db_path.exists():
            # Write through SQLite so a running reader (and the WAL) stay consistent.
            dest = sqlite3.connect(str(db_path), timeout=15)
            try:
                source.backup(dest)
            finally:
                dest.close()
        else:
            source.close()
            shutil.copyfile(backup_path, db_path)
            return saved
    finally:
        try:
            source.close()
        except sqlite3.ProgrammingError:
            pass
    return saved

"""Backups of the SQLite file through SQLite's online backup API, and restoring one.

The API copies a consistent snapshot while other connections keep working (WAL included), which a
plain file copy does not. A backup is written to a temporary name and renamed into place, so a
full disk or a killed process never leaves a half-written file under the backup's name.

A restore (admin only, ``backup.restore``) changes nothing until the file has passed every test:
it is copied once, byte for byte and hashed, beside the database (``.<db>.restoring``); that copy
must be an intact SQLite file of BranchDesk with no migration this program does not know, must
know the restoring user, and a copy of it must pass the whole ``check`` suite (the audit chain,
triggers, signed days, books...) in a child process, so the checked database is never the one
this process has open. Only then is the live file saved to ``backups/`` and the verified copy
written over it in one SQLite write transaction (the backup API, a single step): atomic through
SQLite's own journal, and seen at once by every connection still open on the file, where renaming
a file under an open WAL database would pair the new file with the old WAL and leave those
connections writing into a file no longer there. A live file SQLite cannot open any more is moved
aside and the copy renamed into its place (fsync, os.replace).

Afterwards (``finish_restore``, once the caller has the restored database open and up to date) the
erasure register beside the file is applied again (archive/erasure.py), the restore is audited in
the restored database (who, which file, its SHA-256) and a line is appended to the restore log
beside the database (``<db>.restores.jsonl``), which no restore replaces; a refused attempt (who,
which file, why) is appended there too.

PostgreSQL is backed up with the server's own tools (pg_dump / pg_restore); see README.
"""
from __future__ import annotations

import hashlib
import json
import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Callable

from common.errors import Refusal

REQUIRED_TABLE = "schema_migration"
RESTORE_LOG_SUFFIX = ".restores.jsonl"
CHECK_TIMEOUT_SECONDS = 1800  # a ten-year branch's check takes seconds; a hung child must not hang the restore


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


def verify_backup(path: Path, shown: Path | None = None) -> None:
    """Refuse a file that is not an intact BranchDesk database of a schema this program knows.
    ``shown``: the name the refusal gives (the user's file when ``path`` is a copy of it)."""
    from common.schema import MIGRATIONS_DIR

    path = Path(path)
    shown = str(shown or path)
    if not path.exists():
        raise Refusal("db.missing", path=shown)
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            result = "; ".join(line for (line,) in conn.execute("PRAGMA integrity_check(20)").fetchall())
            tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
            applied = ({name for (name,) in conn.execute(f"SELECT name FROM {REQUIRED_TABLE}")}
                       if REQUIRED_TABLE in tables else set())
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        raise Refusal("backup.not_a_database", path=shown, detail=str(exc)) from exc
    if result != "ok":
        raise Refusal("backup.not_a_database", path=shown, detail=result)
    if REQUIRED_TABLE not in tables or not applied:
        raise Refusal("backup.not_branchdesk", path=shown)
    known = {Path(name).stem for name in MIGRATIONS_DIR.glob("[0-9]*.py")}
    unknown = sorted(applied - known)
    if unknown:
        raise Refusal("backup.schema_unknown", path=shown, names=", ".join(unknown))


def _copy_hashed(source: Path, dest: Path) -> str:
    """A byte-for-byte copy (fsynced) and the SHA-256 of what was copied."""
    digest = hashlib.sha256()
    try:
        with open(source, "rb") as reader, open(dest, "wb") as writer:
            for block in iter(lambda: reader.read(1 << 20), b""):
                digest.update(block)
                writer.write(block)
            writer.flush()
            os.fsync(writer.fileno())
    except OSError as exc:
        raise Refusal("backup.write_failed", path=str(dest), detail=exc.strerror or str(exc)) from exc
    return digest.hexdigest()


def file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as reader:
        for block in iter(lambda: reader.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def program_command() -> list[str]:
    """How to start this program again (the installer's one-folder build is its own executable)."""
    if getattr(sys, "frozen", False):
        return [sys.executable]
    return [sys.executable, str(Path(__file__).resolve().parent.parent / "main.py")]


def check_in_child(path: Path, lang: str | None = None) -> list[str]:
    """The whole ``check`` suite on the database at ``path`` (a throwaway copy: it is brought up to
    date first), in a child process: the problems found, worded in ``lang``; empty when it passes."""
    command = program_command() + (["--lang", lang] if lang else []) + ["--db", str(path), "check-copy"]
    env = {**os.environ, "PYTHONIOENCODING": "utf-8", "QT_QPA_PLATFORM": "offscreen"}
    try:
        result = subprocess.run(command, capture_output=True, encoding="utf-8", errors="replace", env=env,
                                timeout=CHECK_TIMEOUT_SECONDS)
    except (OSError, subprocess.TimeoutExpired) as exc:
        return [str(exc)]
    try:
        problems = json.loads(result.stdout)["problems"]
    except (ValueError, KeyError, TypeError):
        problems = [line for line in result.stderr.strip().splitlines()[-3:] if line.strip()] or [
            f"exit {result.returncode}"]
    return [str(problem) for problem in problems] if result.returncode else []


@dataclass(frozen=True)
class Restored:
    source: Path
    sha256: str
    saved: Path | None  # the live file as it was before, in backups/
    replaced: str        # "sqlite" (written through SQLite) or "renamed" (the live file was unreadable)
    erasures: tuple = ()  # archive.erasure.Entry: every erasure the register and the replaced file knew


def _user_in(path: Path, username: str) -> bool:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return conn.execute('SELECT 1 FROM "user" WHERE username = ?', (username,)).fetchone() is not None
    finally:
        conn.close()


def _fsync_dir(folder: Path) -> None:
    if os.name == "posix":
        handle = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(handle)
        finally:
            os.close(handle)


def _live_readable(db_path: Path) -> bool:
    try:
        conn = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True, timeout=15)
        try:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        finally:
            conn.close()
    except sqlite3.OperationalError as exc:
        if "locked" in str(exc) or "busy" in str(exc):
            raise Refusal("backup.in_use", path=str(db_path)) from exc
        return False
    except sqlite3.DatabaseError:
        return False
    return True


def restore_file(backup_path: Path, db_path: Path, now: datetime, *, username: str,
                 check_copy: Callable[[Path], list[str]] = check_in_child) -> Restored:
    """Replace the database at db_path with the backup once it passed every test (module docstring).
    Any refusal leaves the live database as it was."""
    backup_path, db_path = Path(backup_path), Path(db_path)
    if not backup_path.exists():
        raise Refusal("db.missing", path=str(backup_path))
    if db_path.exists() and backup_path.resolve() == db_path.resolve():
        raise Refusal("backup.same_file", path=str(backup_path))
    staged = db_path.with_name(f".{db_path.name}.restoring")
    try:
        digest = _copy_hashed(backup_path, staged)
        verify_backup(staged, shown=backup_path)
        if not _user_in(staged, username):
            raise Refusal("backup.user_unknown", path=str(backup_path), user=username)
        with tempfile.TemporaryDirectory(prefix="branchdesk-restore-") as work:
            probe = Path(work) / "candidate.sqlite3"
            shutil.copyfile(staged, probe)
            problems = check_copy(probe)
        if problems:
            raise Refusal("backup.checks_failed", path=str(backup_path), count=len(problems),
                          problems="\n".join(f"  - {problem}" for problem in problems))
        from archive import erasure

        erasures = tuple(erasure.complete_file(db_path))
        saved, replaced = None, "sqlite"
        stamp = now.strftime("%Y%m%d-%H%M%S")
        aside = db_path.parent / "backups" / f"{db_path.stem}-before-restore-{stamp}.sqlite3"
        if not db_path.exists():
            os.replace(staged, db_path)
            replaced = "renamed"
        elif _live_readable(db_path):
            saved = backup_file(db_path, aside)
            source = sqlite3.connect(f"file:{staged}?mode=ro", uri=True)
            try:
                dest = sqlite3.connect(str(db_path), timeout=15)
                try:
                    source.backup(dest)  # one step: one write transaction on the live file
                finally:
                    dest.close()
            finally:
                source.close()
        else:
            # SQLite cannot open the live file: it, with its WAL and shared memory, goes aside.
            aside.parent.mkdir(parents=True, exist_ok=True)
            for suffix in ("-wal", "-shm"):
                companion = Path(f"{db_path}{suffix}")
                if companion.exists():
                    os.replace(companion, Path(f"{aside}{suffix}"))
            shutil.copyfile(db_path, aside)
            saved, replaced = aside, "renamed"
            os.replace(staged, db_path)
            _fsync_dir(db_path.parent)
    finally:
        if staged.exists():
            staged.unlink()
    return Restored(backup_path, digest, saved, replaced, erasures)


def restore_log_path(db_path: Path) -> Path:
    return Path(str(db_path) + RESTORE_LOG_SUFFIX)


def restore(actor, source: Path, db_path: Path, *, reopen: Callable[[], None], authenticated_by: str = "live",
            check_copy: Callable[[Path], list[str]] = check_in_child) -> tuple[Restored, dict]:
    """The whole restore as the command line and the settings page run it: admin only; the file
    verified and written over the live one (restore_file); ``reopen`` brings the restored database
    up to date on this connection; then finish_restore. Returns the result and the audit detail."""
    require_restore(actor, source, db_path)
    try:
        restored = restore_file(source, db_path, actor.now, username=actor.user.username, check_copy=check_copy)
    except Refusal as refusal:
        _log_refused(actor, source, db_path, refusal)
        raise
    reopen()
    return restored, finish_restore(actor, restored, db_path, authenticated_by=authenticated_by)


def require_restore(actor, source: Path, db_path: Path) -> None:
    """Admin only; a refused attempt goes into the restore log too (who tried which file)."""
    from common import auth

    try:
        auth.require(actor, "backup.restore")
    except Refusal as refusal:
        _log_refused(actor, source, db_path, refusal)
        raise


def _log_refused(actor, source: Path, db_path: Path, refusal: Refusal) -> None:
    facts = {key: value for key, value in refusal.facts.items() if key != "problems"}
    _append_log(db_path, {"at": actor.now.isoformat(), "user": actor.user.username, "database": str(db_path),
                          "file": str(source), "refused": refusal.code, "facts": facts})


def _append_log(db_path: Path, line: dict) -> None:
    try:
        with open(restore_log_path(db_path), "a", encoding="utf-8") as log:
            log.write(json.dumps(line, ensure_ascii=False, sort_keys=True, default=str) + "\n")
            log.flush()
            os.fsync(log.fileno())
    except OSError:
        if "refused" not in line:
            raise  # a restore that cannot be logged is reported; a refusal's own message wins


def finish_restore(actor, restored: Restored, db_path: Path, *, authenticated_by: str = "live") -> dict:
    """With the restored database open and up to date: erasures again, the audit row, the log line.
    ``actor``'s user is found again by name (the restored file has its own user rows). Returns the
    audit detail."""
    from archive import erasure
    from common import audit
    from common.actor import Actor
    from common.db import database
    from common.models import User

    user = User.get_or_none(User.username == actor.user.username)
    again = erasure.reapply(Actor(user, actor.now), list(restored.erasures))
    detail = {"file": str(restored.source), "sha256": restored.sha256,
              "saved": str(restored.saved) if restored.saved else None, "authenticated_by": authenticated_by,
              "erasures_reapplied": len(again.applied), "erasures_skipped": len(again.skipped)}
    with database.atomic():
        audit.record_at(actor.now, "backup.restore", "database", None, detail, user=user, username=actor.user.username)
    _append_log(db_path, {"at": actor.now.isoformat(), "user": actor.user.username, "database": str(db_path), **detail,
                          "erasure_entries": [entry.entry for entry, _, _ in again.applied]})
    return detail

"""Settings that belong to this PC, not to the branch: which database to open.

Kept as a small JSON file in the data directory (settings.json). A branch sharing a PostgreSQL
server sets its address here once per PC (from the settings page or by hand) instead of passing
--db every time. Window geometry and the UI language stay in QSettings, which is the UI's business.

The file never holds a password: the PostgreSQL password lives in the credential store or libpq's
password file (common/credentials.py). A file from an older version that still has one in its
address is migrated on first read: the password moves to the store and the file is rewritten
without it. The file is written to a temporary name and renamed, so a crash never leaves half a
file, and readable by its owner only (0600 on POSIX; on Windows the data directory is in the
user's own profile, which other users cannot read).
"""
from __future__ import annotations

import json
import os
from pathlib import Path

from common import paths
from common.errors import Refusal

OWNER_ONLY = 0o600


def _file() -> Path:
    return paths.data_dir() / "settings.json"


def load() -> dict:
    target = _file()
    try:
        values = json.loads(target.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    if not isinstance(values, dict):
        return {}
    spec = values.get("database")
    if isinstance(spec, str) and _holds_password(spec):
        _move_password_out(values, spec)
    elif os.name == "posix" and target.stat().st_mode & 0o077:
        os.chmod(target, OWNER_ONLY)  # written by an older version world-readable
    return values


def _holds_password(spec: str) -> bool:
    from common import db as dbmod

    if not dbmod.is_postgresql_spec(spec):
        return False
    try:
        return dbmod.split_password(spec)[1] is not None
    except Refusal:
        return False  # unreadable: opening it will say so, without repeating it


def _move_password_out(values: dict, spec: str) -> None:
    from common import credentials, db as dbmod

    target = dbmod.Target("postgresql", url=spec)
    credentials.store_password(target.params, target.password)
    values["database"] = target.url
    save(values)


def save(values: dict) -> None:
    target = _file()
    target.parent.mkdir(parents=True, exist_ok=True)
    spec = values.get("database")
    if isinstance(spec, str) and _holds_password(spec):
        from common import db as dbmod

        values = dict(values, database=dbmod.split_password(spec)[0])
    partial = target.with_name(target.name + ".partial")
    if partial.exists():
        partial.unlink()  # a crashed write's leftover may have an older, wider mode
    descriptor = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_EXCL, OWNER_ONLY)
    with os.fdopen(descriptor, "w", encoding="utf-8") as handle:
        if os.name == "posix":
            os.fchmod(handle.fileno(), OWNER_ONLY)  # whatever the umask
        handle.write(json.dumps(values, ensure_ascii=False, indent=2))
        handle.flush()
        os.fsync(handle.fileno())
    os.replace(partial, target)


def database_spec() -> str | None:
    return load().get("database") or None


def set_database_spec(spec: str | None) -> None:
    values = load()
    if spec:
        values["database"] = spec
    else:
        values.pop("database", None)
    save(values)

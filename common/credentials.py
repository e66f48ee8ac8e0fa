"""Where the PostgreSQL password of this PC lives: never in settings.json, never on screen.

In order: the operating system's credential store through the ``keyring`` package (Windows
Credential Manager, macOS Keychain, the Secret Service on a Linux desktop), then libpq's own
password file (``PGPASSFILE``, else ``~/.pgpass``, on Windows ``%APPDATA%\\postgresql\\pgpass.conf``),
which psycopg2 reads by itself whenever no password is passed. A password the user types when the
server asks for one is stored into the credential store only when the user agrees.

A password is kept per server, port, database and user (the ``account`` below), so a PC pointed at
a test server and the branch server keeps both.
"""
from __future__ import annotations

import getpass
import os
import sys
from pathlib import Path

SERVICE = "BranchDesk PostgreSQL"


def account(params: dict) -> str:
    """The credential store's name for one login: user@host:port/dbname (libpq's defaults filled
    in, so ``host=localhost`` and no host at all are the same login only when libpq says so)."""
    user = params.get("user") or os_user()
    host = params.get("host") or params.get("hostaddr") or ""
    port = params.get("port") or "5432"
    dbname = params.get("dbname") or user
    return f"{user}@{host}:{port}/{dbname}"


def os_user() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):  # no such user in a container's passwd
        return ""


def _keyring():
    """The keyring module, or None when it or any credential store is missing. Imported only for
    a PostgreSQL database: a SQLite start never pays for it."""
    try:
        import keyring
        from keyring.backends import fail

        if isinstance(keyring.get_keyring(), fail.Keyring):
            return None
        return keyring
    except ImportError:
        return None


def store_available() -> bool:
    return _keyring() is not None


def stored_password(params: dict) -> str | None:
    return stored_secret(SERVICE, account(params))


def stored_secret(service: str, name: str) -> str | None:
    """A secret kept in the credential store under ``service`` and ``name`` (also the branch's
    SMTP password, ledger.send), or None when there is none or no store."""
    store = _keyring()
    if store is None:
        return None
    try:
        return store.get_password(service, name)
    except Exception:  # noqa: BLE001 - a locked or broken store must not stop the app: libpq's file or a prompt follows
        return None


def store_secret(service: str, name: str, secret: str) -> bool:
    """Keep a secret in the credential store only (no file fallback); False when that failed."""
    store = _keyring()
    if store is None:
        return False
    try:
        store.set_password(service, name, secret)
        return True
    except Exception:  # noqa: BLE001 - the caller says the password was not kept
        return False


def store_password(params: dict, password: str) -> str | None:
    """Keep a password for the next start: in the credential store, else in libpq's password file
    (owner-only). Returns where it went ("keyring" or "pgpass"), or None when neither worked."""
    if store_secret(SERVICE, account(params), password):
        return "keyring"
    try:  # the password file is the fallback
        _append_pgpass(params, password)
    except OSError:
        return None
    return "pgpass"


def pgpass_path() -> Path:
    override = os.environ.get("PGPASSFILE")
    if override:
        return Path(override)
    if sys.platform == "win32":
        return Path(os.environ.get("APPDATA", Path.home())) / "postgresql" / "pgpass.conf"
    return Path.home() / ".pgpass"


def _pgpass_field(value: str) -> str:
    return value.replace("\\", "\\\\").replace(":", "\\:")


def _append_pgpass(params: dict, password: str) -> None:
    """One line host:port:database:user:password, as libpq reads it (\\ and : escaped). libpq
    ignores the file when others may read it, so it is created 0600."""
    fields = [params.get("host") or "*", params.get("port") or "*", params.get("dbname") or "*",
              params.get("user") or os_user() or "*", password]
    line = ":".join(_pgpass_field(str(value)) if value != "*" else "*" for value in fields)
    path = pgpass_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    unfinished = path.exists() and path.stat().st_size > 0 and not path.read_bytes().endswith(b"\n")
    descriptor = os.open(path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)
    with os.fdopen(descriptor, "a", encoding="utf-8") as handle:
        if os.name == "posix":
            os.fchmod(handle.fileno(), 0o600)
        if unfinished:
            handle.write("\n")
        handle.write(line + "\n")

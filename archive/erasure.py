"""The erasure register: erasures of personal data that a restore must not undo (PIPL Art. 47).

Data model
- ``ErasureEntry`` (table ``erasure_register``, migration 0016): one row per erasure: a random
  ``entry`` id, when, which ``kind`` (``profile``: the whole Mackay 66 profile erased on the
  customer's request; ``sensitive``: its sensitive items erased when consent was withdrawn), the
  customer's id, SHA-256 hashes of the customer's identifying keys (ID number, name, phone; never
  the values) and who did it.
- For a SQLite database the same entries are appended, one JSON object a line, to the register
  file beside it (``<db>.erasures.jsonl``). The file is outside the database, so restoring an older
  backup does not take it back; ``reapply`` then erases again whatever the backup still holds.

The same holds when the file is put back by other means (an old copy dropped over the live file):
``pending`` names the register's entries the database does not list (``check`` reports them) and
``apply_pending`` erases them again (``main.py erasures apply``).

An entry the restored database already lists was erased before that backup was taken: it is not
applied again (the customer may have given a new profile since). An entry whose customer id is
held by someone whose keys match none of the hashes is another branch's database: it is skipped and
reported, never applied to the wrong person.
"""
from __future__ import annotations

import hashlib
import json
import os
import secrets
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from peewee import CharField, DateTimeField, IntegerField

from archive.texts import ERASURE_REGISTER_UNWRITABLE
from common import audit
from common.actor import Actor
from common.auth import can
from common.db import BaseModel, current, database, is_sqlite
from common.errors import Refusal

REGISTER_SUFFIX = ".erasures.jsonl"
KIND_PROFILE = "profile"
KIND_SENSITIVE = "sensitive"


class ErasureEntry(BaseModel):
    entry = CharField(max_length=32, unique=True)
    at = DateTimeField()
    kind = CharField(max_length=16)
    customer_id = IntegerField()
    key_hashes = CharField(max_length=400)
    username = CharField(max_length=64, default="")

    class Meta:
        table_name = "erasure_register"


@dataclass(frozen=True)
class Entry:
    entry: str
    at: datetime
    kind: str
    customer_id: int
    key_hashes: dict
    username: str

    def as_json(self) -> str:
        return json.dumps({"entry": self.entry, "at": self.at.isoformat(), "kind": self.kind,
                           "customer_id": self.customer_id, "key_hashes": self.key_hashes,
                           "user": self.username}, ensure_ascii=False, sort_keys=True)


@dataclass(frozen=True)
class Reapplied:
    applied: list[tuple[Entry, int, int]]   # (entry, fields erased, revisions erased or cleared)
    skipped: list[Entry]                     # the customer id belongs to someone else here


def _hash(kind: str, value: str) -> str:
    return hashlib.sha256(f"branchdesk-erasure\x00{kind}\x00{value}".encode("utf-8")).hexdigest()


def key_hashes(customer) -> dict:
    """Hashes of what identifies the customer; any one matching is the same person (a phone or
    the spelling of a name may have been corrected since the backup)."""
    keys = {"id_number": customer.id_number, "name": customer.name, "phone": customer.phone_digits}
    return {kind: _hash(kind, value) for kind, value in keys.items() if value}


def register_path(db_path) -> Path:
    return Path(str(db_path) + REGISTER_SUFFIX)


def _live_register_path() -> Path | None:
    return register_path(current().database) if is_sqlite() else None


def _append(path: Path, lines: list[str]) -> None:
    if not lines:
        return
    try:
        with open(path, "a", encoding="utf-8") as out:
            out.write("".join(line + "\n" for line in lines))
            out.flush()
            os.fsync(out.fileno())
    except OSError as exc:
        raise Refusal(ERASURE_REGISTER_UNWRITABLE, path=str(path), detail=exc.strerror or str(exc)) from None


def _entry(row: ErasureEntry) -> Entry:
    return Entry(row.entry, row.at, row.kind, row.customer_id, json.loads(row.key_hashes), row.username)


def record(actor: Actor, kind: str, customer) -> Entry:
    """Inside the erasure's transaction: the row, and the line in the register file. The file is
    written before the commit: if it cannot be, the erasure is refused and rolled back rather than
    done where a restore could undo it."""
    entry = Entry(secrets.token_hex(16), actor.now, kind, customer.id, key_hashes(customer), actor.user.username)
    ErasureEntry.create(entry=entry.entry, at=entry.at, kind=kind, customer_id=customer.id,
                        key_hashes=json.dumps(entry.key_hashes, sort_keys=True), username=entry.username)
    path = _live_register_path()
    if path is not None:
        _append(path, [entry.as_json()])
    return entry


def read_file(path) -> list[Entry]:
    """The register file's entries; a line torn by a crash in the middle of an append is skipped."""
    path = Path(path)
    if not path.exists():
        return []
    entries = []
    for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
        try:
            data = json.loads(line)
            entries.append(Entry(str(data["entry"]), datetime.fromisoformat(data["at"]), str(data["kind"]),
                                 int(data["customer_id"]), dict(data["key_hashes"]), str(data.get("user", ""))))
        except (ValueError, KeyError, TypeError):
            continue
    return entries


def entries_in_file_db(db_file) -> list[Entry]:
    """The entries a SQLite file lists (read-only; none if it predates the register or is unreadable)."""
    import sqlite3

    try:
        conn = sqlite3.connect(f"file:{db_file}?mode=ro", uri=True)
        try:
            rows = conn.execute("SELECT entry, at, kind, customer_id, key_hashes, username FROM erasure_register"
                                ).fetchall()
        finally:
            conn.close()
    except sqlite3.Error:
        return []
    return [Entry(entry, datetime.fromisoformat(str(at)), kind, customer_id, json.loads(hashes), username)
            for entry, at, kind, customer_id, hashes, username in rows]


def complete_file(db_path) -> list[Entry]:
    """Before a restore: the register file gets every entry the live database lists and the file
    lacks (a file deleted or the database copied in from another PC); returns all entries."""
    path = register_path(db_path)
    entries = read_file(path)
    known = {entry.entry for entry in entries}
    missing = [entry for entry in entries_in_file_db(db_path) if entry.entry not in known]
    _append(path, [entry.as_json() for entry in missing])
    return entries + missing


def reapply(actor: Actor, entries: list[Entry]) -> Reapplied:
    """Erase again what the database holds of every entry it does not list yet (after a restore),
    in one transaction, each audited as ``profile.erasure_reapplied``."""
    from archive import profile as P
    from archive.models import Customer

    applied, skipped = [], []
    with database.atomic():
        known = listed()
        for entry in sorted(entries, key=lambda e: e.at):
            if entry.entry in known:
                continue
            customer = Customer.get_or_none(Customer.id == entry.customer_id)
            if customer is not None and not set(key_hashes(customer).items()) & set(entry.key_hashes.items()):
                skipped.append(entry)
                continue
            erased = P.Erased(0, 0)
            if customer is not None:
                erased = (P.erase_all(actor, customer.id) if entry.kind == KIND_PROFILE
                          else P.erase_sensitive_for_withdrawal(actor, customer.id)) or erased
            ErasureEntry.create(entry=entry.entry, at=entry.at, kind=entry.kind, customer_id=entry.customer_id,
                                key_hashes=json.dumps(entry.key_hashes, sort_keys=True), username=entry.username)
            known.add(entry.entry)
            audit.record(actor, "profile.erasure_reapplied", "customer", entry.customer_id,
                         {"entry": entry.entry, "kind": entry.kind, "erased_at": entry.at.isoformat(),
                          "erased_by": entry.username, "erased_fields": erased.fields,
                          "erased_revisions": erased.revisions})
            applied.append((entry, erased.fields, erased.revisions))
    if applied:
        wipe_freed_pages()
    return Reapplied(applied, skipped)


def listed() -> set[str]:
    """The entries the open database lists."""
    return {entry for (entry,) in ErasureEntry.select(ErasureEntry.entry).tuples()}


def pending(db_path) -> list[Entry]:
    """The register file's entries the open database does not list: erasures it has not seen."""
    known = listed()
    return [entry for entry in read_file(register_path(db_path)) if entry.entry not in known]


def apply_pending(actor: Actor, db_path) -> Reapplied:
    """Erase again what the register file lists and the database has not seen. Whoever may erase
    a profile (manager) or restore a database (admin) may do it: it carries out erasures decided before."""
    if not (can(actor.user, "profile.erase") or can(actor.user, "backup.restore")):
        raise Refusal("auth.forbidden", permission="profile.erase", role=actor.user.role, user=actor.user.username)
    return reapply(actor, read_file(register_path(db_path)))


def wipe_freed_pages() -> None:
    """After an erasure's commit: SQLite keeps the pages as they were before the change in the WAL
    file until a checkpoint; TRUNCATE copies them home (secure_delete zeroed the freed space, see
    common.db) and empties the WAL, so no copy of the erased values stays in either file."""
    if is_sqlite():
        database.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()

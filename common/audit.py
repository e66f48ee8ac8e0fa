"""The audit log: who did what to which record, and when; a hash chain that shows any tampering.

``record`` must be called inside the transaction of the change it describes, so the change and its
audit row commit together or not at all. Rows are never updated or deleted (database triggers
enforce it). Details never hold sensitive personal values, only which fields were touched.

The chain (migration 0015): every row has a gapless sequence number ``seq``, the hash of the row
before (``prev_hash``; the first row's is ``GENESIS``) and its own ``row_hash``: SHA-256 over a
canonical encoding of its sequence number, time, user, action, entity, entity id, detail and
``prev_hash``. An inserted, edited or deleted row no longer fits, and ``verify_chain`` names the
first row that does not. Appends are serialised so two writers never take the same place: on
PostgreSQL by a transaction-scoped advisory lock on a fixed key, taken when the row is appended,
which is the last lock a posting takes (after its counter and balance rows); on SQLite every write
transaction already holds the database's write lock.

Someone who holds the database file can still rewrite the whole chain consistently; what catches
that is a hash kept outside the file: the fingerprint printed on a signed daily report
(ledger.daily.fingerprint) covers the chain's row of that signature.

``verify_triggers``: the database's own guards (the append-only triggers) are compared with what
the migrations created; a missing, disabled or altered trigger is reported, never recreated.
"""
from __future__ import annotations

import contextlib
import hashlib
import json
from dataclasses import dataclass, field
from datetime import datetime, timezone

from common import changes
from common.actor import Actor
from common.db import database, is_sqlite
from common.models import AuditLog

GENESIS = "0" * 64
# pg_advisory_xact_lock key of the chain's head ("BDAU" in ASCII): one fixed number for all writers.
HEAD_LOCK_KEY = 0x42444155


def record(actor: Actor, action: str, entity: str, entity_id=None, detail=None):
    """Append one audit row for a change made by a logged-in actor."""
    return record_at(actor.now, action, entity, entity_id, detail, user=actor.user)


def record_at(now, action: str, entity: str, entity_id=None, detail=None, *, user=None, username: str = ""):
    """Audit an event that has a time but no logged-in actor (login attempts, first setup)."""
    if isinstance(detail, (dict, list)):
        detail = json.dumps(detail, ensure_ascii=False, sort_keys=True, default=str)
    row = {
        "at": now,
        "user": user.id if user is not None else None,
        "username": user.username if user is not None else username,
        "action": action,
        "entity": entity,
        "entity_id": None if entity_id is None else str(entity_id),
        "detail": detail or "",
    }
    return append_rows([row])[0]


def append_rows(rows: list[dict]) -> list[AuditLog]:
    """Append audit rows (dicts of the AuditLog columns, ``user`` an id) to the chain, in order.
    One head read for all of them, so a batch import's thousands of rows cost one lookup.
    Inside the caller's transaction (every change audits itself there) no savepoint of its own:
    a failure here fails that transaction anyway, and on PostgreSQL the SAVEPOINT and RELEASE
    were two of a posting's round trips."""
    with database.atomic() if not database.in_transaction() else contextlib.nullcontext():
        seq, prev = _lock_head()
        chained = []
        for row in rows:
            seq += 1
            values = dict(row, at=_stored_time(row["at"]), seq=seq, prev_hash=prev)
            values["user"] = _user_id(values.get("user"))
            values["entity_id"] = None if values.get("entity_id") is None else str(values["entity_id"])
            values["detail"] = values.get("detail") or ""
            values["row_hash"] = prev = row_hash(values)
            chained.append(values)
        # Open pages on other PCs learn of the change when this transaction commits (PostgreSQL).
        changes.notify_entities({values["entity"] for values in chained})
        if len(chained) == 1:
            return [AuditLog.create(**chained[0])]
        for start in range(0, len(chained), 500):
            AuditLog.insert_many(chained[start:start + 500]).execute()
        return [AuditLog(**values) for values in chained]


def _user_id(user):
    return getattr(user, "id", user)


def _lock_head() -> tuple[int, str]:
    if not is_sqlite():
        database.execute_sql("SELECT pg_advisory_xact_lock(%s)", (HEAD_LOCK_KEY,))
    return head()


def head() -> tuple[int, str]:
    """The chain's last (sequence number, row hash); (0, GENESIS) for an empty log."""
    found = AuditLog.select(AuditLog.seq, AuditLog.row_hash).where(AuditLog.seq.is_null(False)).order_by(
        AuditLog.seq.desc()).limit(1).tuples().first()
    return (found[0], found[1]) if found else (0, GENESIS)


def _time_text(value) -> str:
    # SQLite hands back the text it stored ("2026-11-23 09:00:00" or with ".123456"): used as it is.
    if isinstance(value, str) and len(value) in (19, 26) and value[10:11] == " " and "+" not in value:
        return value if len(value) == 26 else value + ".000000"
    return _stored_time(value).isoformat(sep=" ", timespec="microseconds")


def _stored_time(value) -> datetime:
    """The time as both databases store and return it: naive, to the microsecond (an aware time is
    kept in UTC), so the hash computed now is the hash recomputed from the row later."""
    value = _as_datetime(value)
    if value.tzinfo is not None:
        value = value.astimezone(timezone.utc).replace(tzinfo=None)
    return value


def _as_datetime(value) -> datetime:
    if isinstance(value, datetime):
        return value
    return datetime.fromisoformat(str(value))


def canonical(values: dict) -> str:
    """The hashed text of a row: one JSON array, fixed order, no whitespace."""
    return json.dumps([
        values["seq"], _time_text(values["at"]),
        _user_id(values.get("user")), values["username"], values["action"], values["entity"],
        values.get("entity_id"), values.get("detail") or "", values["prev_hash"],
    ], ensure_ascii=False, separators=(",", ":"))


def row_hash(values: dict) -> str:
    return hashlib.sha256(canonical(values).encode("utf-8")).hexdigest()


def rows_for(entity: str, entity_id):
    return AuditLog.select().where((AuditLog.entity == entity) & (AuditLog.entity_id == str(entity_id))).order_by(
        AuditLog.id
    )


# -- verification -----------------------------------------------------------------------------------

@dataclass(frozen=True)
class Problem:
    """What a verification found: a code of ui/messages_trust.py and its facts."""
    code: str
    facts: dict = field(default_factory=dict)

    def __str__(self) -> str:
        return f"{self.code} {json.dumps(self.facts, ensure_ascii=False, default=str)}"


def _row_facts(row_id, seq, at, action) -> dict:
    return {"id": row_id, "seq": seq if seq is not None else "-", "at": str(at)[:19], "action": action}


def verify_chain() -> list[Problem]:
    """The first row where the chain breaks (an empty list when it holds): a row without a place in
    the chain (inserted by hand), a missing sequence number (a row deleted), a row whose content no
    longer gives its hash (edited), or a row that does not name its predecessor's hash."""
    # A raw cursor: the rows are hashed as the database returns them (peewee's per-field conversion
    # took half the time on a ten-year log).
    cursor = database.execute_sql(
        "SELECT id, seq, at, user_id, username, action, entity, entity_id, detail, prev_hash, row_hash "
        "FROM audit_log ORDER BY seq IS NULL, seq, id")
    expected_seq, prev = 1, GENESIS
    for row_id, seq, at, user, username, action, entity, entity_id, detail, prev_hash, stored in cursor:
        if seq is None or not stored:
            return [Problem("audit.chain_unchained", _row_facts(row_id, seq, at, action))]
        if seq != expected_seq:
            return [Problem("audit.chain_missing", dict(_row_facts(row_id, seq, at, action), missing=expected_seq))]
        if prev_hash != prev:
            return [Problem("audit.chain_link", _row_facts(row_id, seq, at, action))]
        values = {"seq": seq, "at": at, "user": user, "username": username, "action": action, "entity": entity,
                  "entity_id": entity_id, "detail": detail, "prev_hash": prev_hash}
        if row_hash(values) != stored:
            return [Problem("audit.chain_edited", _row_facts(row_id, seq, at, action))]
        expected_seq, prev = seq + 1, stored
    return []


def chain_holds_to(seq: int, digest: str) -> bool:
    """Whether row ``seq`` of the chain still carries ``digest`` and every row up to it is intact."""
    found = AuditLog.get_or_none(AuditLog.seq == seq)
    if found is None or found.row_hash != digest:
        return False
    broken = verify_chain()
    # A row outside the chain (no place in it) is listed after every chained one: the rows up to
    # ``seq`` were all verified before it was reached.
    return not broken or broken[0].code == "audit.chain_unchained" or (
        isinstance(broken[0].facts.get("seq"), int) and broken[0].facts["seq"] > seq)


# The guards the migrations create, as each backend describes them (whitespace folded).
SQLITE_TRIGGERS = {
    "audit_log_no_update": "CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log "
                           "BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END",
    "audit_log_no_delete": "CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log "
                           "BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END",
}
POSTGRES_TRIGGERS = {
    "audit_log_no_change": ("audit_log", "BEFORE DELETE OR UPDATE ON {table} FOR EACH ROW "
                                         "EXECUTE FUNCTION audit_log_append_only()"),
    "audit_log_no_truncate": ("audit_log", "BEFORE TRUNCATE ON {table} FOR EACH STATEMENT "
                                           "EXECUTE FUNCTION audit_log_append_only()"),
}
POSTGRES_FUNCTIONS = {
    "audit_log_append_only": "BEGIN RAISE EXCEPTION 'audit_log is append-only'; END;",
}


def _folded(text: str) -> str:
    return " ".join((text or "").split())


def verify_triggers() -> list[Problem]:
    """The database's guards as the migrations made them: each one present, enabled, unchanged.
    Only reads; a missing guard is for a person to look into (it was dropped by someone holding
    the database), not for the program to put back."""
    problems = []
    db = database.obj
    if is_sqlite():
        found = {name: sql for name, sql in db.execute_sql(
            "SELECT name, sql FROM sqlite_master WHERE type = 'trigger'").fetchall()}
        for name, sql in SQLITE_TRIGGERS.items():
            if name not in found:
                problems.append(Problem("audit.trigger_missing", {"trigger": name}))
            elif _folded(found[name]) != _folded(sql):
                problems.append(Problem("audit.trigger_altered", {"trigger": name}))
        return problems
    rows = db.execute_sql(
        "SELECT t.tgname, c.relname, t.tgenabled, pg_get_triggerdef(t.oid) FROM pg_trigger t "
        "JOIN pg_class c ON c.oid = t.tgrelid WHERE NOT t.tgisinternal AND pg_table_is_visible(c.oid)").fetchall()
    found = {name: (table, enabled, definition) for name, table, enabled, definition in rows}
    for name, (table, tail) in POSTGRES_TRIGGERS.items():
        if name not in found:
            problems.append(Problem("audit.trigger_missing", {"trigger": name}))
            continue
        on_table, enabled, definition = found[name]
        # pg_get_triggerdef may qualify the table with its schema (public.audit_log).
        wanted = {f"CREATE TRIGGER {name} " + tail.format(table=t) for t in (table, f"public.{table}")}
        if enabled == "D":
            problems.append(Problem("audit.trigger_disabled", {"trigger": name}))
        elif on_table != table or _folded(definition) not in wanted:
            problems.append(Problem("audit.trigger_altered", {"trigger": name}))
    bodies = {name: body for name, body in db.execute_sql(
        "SELECT p.proname, p.prosrc FROM pg_proc p WHERE pg_function_is_visible(p.oid) AND p.proname = ANY(%s)",
        (list(POSTGRES_FUNCTIONS),)).fetchall()}
    for name, body in POSTGRES_FUNCTIONS.items():
        if name not in bodies:
            problems.append(Problem("audit.trigger_missing", {"trigger": name}))
        elif _folded(bodies[name]) != _folded(body):
            problems.append(Problem("audit.trigger_altered", {"trigger": name}))
    return problems


def verify_database() -> list[Problem]:
    """What ``check`` and the start verify of the log: its guards, then its chain. A verification
    that cannot even run (a column dropped) is itself the problem found."""
    problems = []
    for name, verify in (("triggers", verify_triggers), ("chain", verify_chain)):
        try:
            problems += verify()
        except Exception as error:  # noqa: BLE001 - a damaged database must not end the check
            problems.append(Problem("check_failed", {"check": f"audit.{name}", "error": f"{type(error).__name__}: {error}"}))
    return problems

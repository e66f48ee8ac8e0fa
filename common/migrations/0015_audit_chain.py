"""The audit log becomes a hash chain (issue 15 item 1, common/audit.py).

- ``audit_log.seq``: the row's place in the chain, gapless from 1 (ids are not: PostgreSQL's
  sequence skips the ids of rolled-back transactions); unique.
- ``audit_log.prev_hash`` / ``audit_log.row_hash``: the previous row's hash and this row's, a
  SHA-256 over the row's canonical text.

The rows already there are chained now, in id order. This is the one time audit rows are ever
written to after their insert: the append-only triggers are lifted for it (SQLite: dropped and
created again with the very text of 0001; PostgreSQL: disabled and enabled) inside the upgrade's one
transaction. PostgreSQL also gets a guard against TRUNCATE, which row triggers do not see.

The hashing is frozen here (not imported from common.audit): the rows chained by this migration
must keep the encoding they were chained with.
"""
import hashlib
import json
from datetime import datetime, timezone

GENESIS = "0" * 64
SQLITE_GUARD = """CREATE TRIGGER audit_log_no_{event_lower} BEFORE {event} ON audit_log
                    BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END"""


def _time_text(value) -> str:
    if not isinstance(value, datetime):
        value = datetime.fromisoformat(str(value))
    if value.tzinfo is not None:
        value = value.astimezone(timezone.utc).replace(tzinfo=None)
    return value.isoformat(sep=" ", timespec="microseconds")


def _hash(seq, at, user_id, username, action, entity, entity_id, detail, prev_hash) -> str:
    text = json.dumps([seq, _time_text(at), user_id, username, action, entity, entity_id, detail or "", prev_hash],
                      ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def up(migrator, db):
    sqlite = not db.__class__.__name__.startswith("Postgres")
    db.execute_sql('ALTER TABLE "audit_log" ADD COLUMN "seq" INTEGER')
    db.execute_sql("""ALTER TABLE "audit_log" ADD COLUMN "prev_hash" VARCHAR(64) NOT NULL DEFAULT ''""")
    db.execute_sql("""ALTER TABLE "audit_log" ADD COLUMN "row_hash" VARCHAR(64) NOT NULL DEFAULT ''""")
    db.execute_sql('CREATE UNIQUE INDEX "audit_log_seq" ON "audit_log" ("seq")')

    rows = db.execute_sql(
        "SELECT id, at, user_id, username, action, entity, entity_id, detail FROM audit_log ORDER BY id").fetchall()
    updates, prev = [], GENESIS
    for seq, (row_id, at, user_id, username, action, entity, entity_id, detail) in enumerate(rows, start=1):
        digest = _hash(seq, at, user_id, username, action, entity, entity_id, detail, prev)
        updates.append((seq, prev, digest, row_id))
        prev = digest
    if sqlite:
        db.execute_sql("DROP TRIGGER audit_log_no_update")
        db.execute_sql("DROP TRIGGER audit_log_no_delete")
        if updates:
            db.connection().executemany("UPDATE audit_log SET seq = ?, prev_hash = ?, row_hash = ? WHERE id = ?",
                                        updates)
        for event in ("UPDATE", "DELETE"):
            db.execute_sql(SQLITE_GUARD.format(event=event, event_lower=event.lower()))
    else:
        db.execute_sql("ALTER TABLE audit_log DISABLE TRIGGER audit_log_no_change")
        if updates:
            cursor = db.cursor()
            cursor.executemany("UPDATE audit_log SET seq = %s, prev_hash = %s, row_hash = %s WHERE id = %s", updates)
        db.execute_sql("ALTER TABLE audit_log ENABLE TRIGGER audit_log_no_change")
        db.execute_sql(
            """CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log
               FOR EACH STATEMENT EXECUTE FUNCTION audit_log_append_only()""")

"""The audit log is a hash chain and its guards are verified (issue 15 item 1), on SQLite and
PostgreSQL: a forged, an edited and a deleted row each break the chain at that row; a dropped or
altered trigger is reported (never recreated); the migration chains the rows already there."""
from __future__ import annotations

import json
from datetime import datetime, timedelta

import pytest

from common import audit, db as dbmod, schema
from common.models import AuditLog
from tests.conftest import NOW


def sql(text, params=()):
    return dbmod.current().execute_sql(text, params)


def p(text: str) -> str:
    # The test's SQL in one spelling for both drivers.
    return text if dbmod.is_sqlite() else text.replace("?", "%s")


def some_history(actors, rows: int = 6):
    manager = actors["manager"]
    for n in range(rows):
        audit.record(manager.at(NOW + timedelta(minutes=n)), "test.event", "thing", n, {"n": n, "名": "张伟"})


def lift_guards():
    """What someone holding the database does first: take the append-only triggers away."""
    if dbmod.is_sqlite():
        sql("DROP TRIGGER audit_log_no_update")
        sql("DROP TRIGGER audit_log_no_delete")
    else:
        sql("ALTER TABLE audit_log DISABLE TRIGGER audit_log_no_change")


def test_an_honest_log_is_a_chain_and_its_guards_are_in_place(db, actors):
    some_history(actors)
    rows = list(AuditLog.select().order_by(AuditLog.seq))
    assert [r.seq for r in rows] == list(range(1, len(rows) + 1))
    assert rows[0].prev_hash == audit.GENESIS
    assert all(later.prev_hash == earlier.row_hash for earlier, later in zip(rows, rows[1:]))
    assert audit.verify_chain() == [] and audit.verify_triggers() == []
    assert audit.head() == (rows[-1].seq, rows[-1].row_hash)


def test_a_row_inserted_by_hand_is_named(db, actors):
    some_history(actors)
    sql(p("INSERT INTO audit_log (at, username, action, entity, entity_id, detail) VALUES (?, ?, ?, ?, ?, ?)"),
        (NOW, "manager", "backup.restore", "database", None, ""))
    forged = AuditLog.select().where(AuditLog.action == "backup.restore").get()
    assert [(p.code, p.facts["id"]) for p in audit.verify_chain()] == [("audit.chain_unchained", forged.id)]


def test_a_forged_row_with_a_made_up_place_and_hash_is_named(db, actors):
    some_history(actors)
    seq, head = audit.head()
    sql(p("INSERT INTO audit_log (at, username, action, entity, entity_id, detail, seq, prev_hash, row_hash) "
          "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        (NOW, "admin", "users.role", "user", "3", "{}", seq + 1, head, "f" * 64))
    forged = AuditLog.get(AuditLog.seq == seq + 1)
    problems = audit.verify_chain()
    assert [(p.code, p.facts["id"], p.facts["seq"]) for p in problems] == [("audit.chain_edited", forged.id, seq + 1)]


def test_an_edited_row_is_named_and_the_lifted_guards_are_reported(db, actors):
    some_history(actors)
    victim = AuditLog.get(AuditLog.seq == 3)
    lift_guards()
    sql(p("UPDATE audit_log SET detail = ? WHERE id = ?"), (json.dumps({"n": 99}), victim.id))
    assert [(p.code, p.facts["id"]) for p in audit.verify_chain()] == [("audit.chain_edited", victim.id)]
    codes = {(p.code, p.facts["trigger"]) for p in audit.verify_triggers()}
    if dbmod.is_sqlite():
        assert codes == {("audit.trigger_missing", "audit_log_no_update"), ("audit.trigger_missing", "audit_log_no_delete")}
    else:
        assert codes == {("audit.trigger_disabled", "audit_log_no_change")}
    # Verification only reads: the guards are still gone afterwards (for a person to look into).
    assert len(audit.verify_triggers()) == len(codes)


def test_a_deleted_row_is_named_by_its_missing_place(db, actors):
    some_history(actors)
    lift_guards()
    sql("DELETE FROM audit_log WHERE seq = 4")
    after = AuditLog.get(AuditLog.seq == 5)
    assert [(p.code, p.facts["missing"], p.facts["id"]) for p in audit.verify_chain()] == [
        ("audit.chain_missing", 4, after.id)]


def test_rows_renumbered_after_a_deletion_still_break_the_chain(db, actors):
    some_history(actors)
    lift_guards()
    sql("DELETE FROM audit_log WHERE seq = 4")
    sql("UPDATE audit_log SET seq = seq - 1 WHERE seq > 4")
    moved = AuditLog.get(AuditLog.seq == 4)
    assert [(p.code, p.facts["id"]) for p in audit.verify_chain()] == [("audit.chain_link", moved.id)]


def test_an_altered_trigger_is_reported(db, actors):
    if dbmod.is_sqlite():
        sql("DROP TRIGGER audit_log_no_delete")
        sql("CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log WHEN 0 "
            "BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END")
        wanted = {("audit.trigger_altered", "audit_log_no_delete")}
    else:
        sql("CREATE OR REPLACE FUNCTION audit_log_append_only() RETURNS trigger AS $$ BEGIN RETURN OLD; END; $$ "
            "LANGUAGE plpgsql")
        wanted = {("audit.trigger_altered", "audit_log_append_only")}
    assert {(p.code, p.facts["trigger"]) for p in audit.verify_triggers()} == wanted


def test_a_dropped_trigger_fails_check_and_is_not_recreated(db, actors):
    from ui.cli.cmd_check import run_checks

    some_history(actors)
    if dbmod.is_sqlite():
        sql("DROP TRIGGER audit_log_no_delete")
        name = "audit_log_no_delete"
    else:
        sql("DROP TRIGGER audit_log_no_change ON audit_log")
        name = "audit_log_no_change"
    problems = run_checks(db)
    assert any(name in text and "触发器" in text for text in problems), problems
    schema.upgrade(db, NOW)  # opening the database again does not put it back either
    assert {p.facts["trigger"] for p in audit.verify_triggers()} == {name}


@pytest.mark.parametrize("rows", [1, 40])
def test_a_batch_of_rows_is_chained_in_one_append(db, actors, rows):
    some_history(actors, 2)
    user = actors["clerk"].user
    audit.append_rows([{"at": NOW, "user": user.id, "username": user.username, "action": "ledger.post",
                        "entity": "ledger_document", "entity_id": n, "detail": "{}"} for n in range(rows)])
    assert AuditLog.select().where(AuditLog.action == "ledger.post").count() == rows
    assert audit.verify_chain() == []


def test_the_migration_chains_the_rows_already_there(tmp_path):
    """A database from before the chain: rows written by the old code, then 0015 runs."""
    from playhouse.migrations import Runner

    target = dbmod.Target("sqlite", path=tmp_path / "old.sqlite3")
    dbmod.open_database(target, create=True)
    try:
        runner = Runner(dbmod.current(), directory=str(schema.MIGRATIONS_DIR), table_name=schema.HISTORY_TABLE)
        before = [m.name for m in runner.status() if m.name < "0015"]
        runner.up(before[-1])
        sql("INSERT INTO user (username, display_name, role, password_hash, active, failed_logins, created_at) "
            "VALUES ('admin', '刘洋', 'admin', 'x', 1, 0, ?)", (NOW,))
        for n in range(5):
            sql("INSERT INTO audit_log (at, user_id, username, action, entity, entity_id, detail) "
                "VALUES (?, 1, 'admin', 'login', 'user', '1', ?)", (NOW + timedelta(seconds=n, microseconds=n * 7), f"{n}"))
        schema.upgrade(target, datetime(2026, 12, 1))
        assert [r.seq for r in AuditLog.select().order_by(AuditLog.id)] == [1, 2, 3, 4, 5]
        assert audit.verify_chain() == [] and audit.verify_triggers() == []
        audit.record_at(NOW, "login", "user", 1, username="admin")
        assert audit.verify_chain() == [] and audit.head()[0] == 6
    finally:
        dbmod.close_database()


def _append_many(target, tag, barrier, results):
    dbmod.open_database(target)
    barrier.wait()
    failures = 0
    for n in range(40):
        try:
            with dbmod.database.atomic():
                audit.record_at(NOW, "test.concurrent", "thing", f"{tag}-{n}", username=tag)
        except Exception:  # noqa: BLE001 - counted: two writers taking one place would fail here
            failures += 1
    dbmod.close_database()
    results.put(failures)


def test_two_processes_appending_at_once_keep_one_chain(db, actors):
    import multiprocessing

    dbmod.close_database()
    context = multiprocessing.get_context("spawn")
    barrier, results = context.Barrier(2), context.Queue()
    workers = [context.Process(target=_append_many, args=(db, tag, barrier, results)) for tag in ("A", "B")]
    for worker in workers:
        worker.start()
    failures = [results.get(timeout=300) for _ in workers]
    for worker in workers:
        worker.join(timeout=60)
    dbmod.open_database(db)
    assert failures == [0, 0]
    assert AuditLog.select().where(AuditLog.action == "test.concurrent").count() == 80
    assert audit.verify_chain() == []

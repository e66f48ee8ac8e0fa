"""Signed days, numbers and the two signatures (issue 15 items 2, 3, 5), on SQLite and PostgreSQL.

The attacks: a signed day's line edited together with its postings and the balance cache (every
ledger check still agrees with itself); the same edit with the whole file rewritten, every hash
recomputed (only the fingerprint on the paper catches it); the newest document of a type deleted;
a counter pushed ahead; a referenced document deleted (check used to raise KeyError); one person
giving both signatures after a role change."""
from __future__ import annotations

import json

import pytest

from common import audit, db as dbmod
from common.actor import Actor
from common.errors import Refusal
from common.models import AuditLog, User
from ledger import checks, daily
from ledger.models import Document, DocumentCounter, DocumentLine, Posting
from ledger.texts import (
    LEDGER_CHECK_COUNTER_AHEAD, LEDGER_CHECK_SAME_SIGNER, LEDGER_CHECK_SIGNED_CONTENT_ALTERED,
    LEDGER_CHECK_SIGNED_DAY_CHANGED,
)
from tests.conftest import NOW, TEST_PASSWORD
from tests.test_daily import FRIDAY, clerks_friday


def sql(text, params=()):
    if not dbmod.is_sqlite():
        text = text.replace("?", "%s")
    return dbmod.current().execute_sql(text, params)


def signed_friday(actors) -> str:
    """Friday produced and signed by finance and the manager; returns the paper's fingerprint."""
    clerks_friday(actors)
    produced = daily.produce(actors["clerk"], FRIDAY)
    daily.sign_finance(actors["finance"], FRIDAY, TEST_PASSWORD, produced.content_hash)
    daily.sign_manager(actors["manager"], FRIDAY, TEST_PASSWORD, produced.content_hash)
    return daily.fingerprint_of(daily.versions(FRIDAY).get())


def edit_counter_slip_quantity():
    """The counter slip's 2 filters become 3: its line, its postings and the cache, all in step."""
    line = (DocumentLine.select().join(Document).where(Document.number == "WX-2026-000001").get())
    sql("UPDATE ledger_document_line SET qty = 3 WHERE id = ?", (line.id,))
    sql("UPDATE ledger_posting SET delta = delta / 2 * 3 WHERE line_id = ?", (line.id,))
    checks.rebuild_balances()


def test_an_honest_signed_day_passes_and_its_fingerprint_matches(db, actors):
    paper = signed_friday(actors)
    assert len(paper) == 14 and paper.count("-") == 2
    assert checks.check_invariants() == [] and audit.verify_database() == []
    found = daily.verify_fingerprint(FRIDAY, paper.lower().replace("-", " "))
    assert (found.ok, found.code, found.facts["version"]) == (True, "daily.fingerprint.match", 1)


def test_an_edit_that_keeps_line_postings_and_cache_consistent_is_found(db, actors):
    paper = signed_friday(actors)
    edit_counter_slip_quantity()
    assert daily.build_report(FRIDAY).ok  # the day's own checks agree with the edited figures
    problems = checks.check_invariants()
    assert [(p.code, p.facts["date"], p.facts["where"]) for p in problems] == [
        (LEDGER_CHECK_SIGNED_DAY_CHANGED, FRIDAY.isoformat(), "WX-2026-000001")]
    found = daily.verify_fingerprint(FRIDAY, paper)
    assert (found.ok, found.code) == (False, "daily.fingerprint.ledger_changed")


def _rechain_everything():
    """What a careful attacker does last: every audit row's hashes recomputed, guards put back."""
    if dbmod.is_sqlite():
        sql("DROP TRIGGER audit_log_no_update")
    else:
        sql("ALTER TABLE audit_log DISABLE TRIGGER audit_log_no_change")
    prev = audit.GENESIS
    for row in AuditLog.select().order_by(AuditLog.seq):
        values = {"seq": row.seq, "at": row.at, "user": row.user_id, "username": row.username, "action": row.action,
                  "entity": row.entity, "entity_id": row.entity_id, "detail": row.detail, "prev_hash": prev}
        digest = audit.row_hash(values)
        sql("UPDATE audit_log SET prev_hash = ?, row_hash = ? WHERE id = ?", (prev, digest, row.id))
        prev = digest
    if dbmod.is_sqlite():
        sql(audit.SQLITE_TRIGGERS["audit_log_no_update"])
    else:
        sql("ALTER TABLE audit_log ENABLE TRIGGER audit_log_no_change")


def test_a_file_rewritten_with_every_hash_recomputed_is_caught_by_the_paper(db, actors):
    paper = signed_friday(actors)
    old_hash = daily.versions(FRIDAY).get().content_hash
    edit_counter_slip_quantity()
    report = daily.build_report(FRIDAY)
    new_hash = report.content_hash()
    sql("UPDATE daily_version SET content = ?, content_hash = ? WHERE date = ?",
        (report.content_json(), new_hash, FRIDAY))
    if dbmod.is_sqlite():
        sql("DROP TRIGGER audit_log_no_update")
    else:
        sql("ALTER TABLE audit_log DISABLE TRIGGER audit_log_no_change")
    for row in AuditLog.select().where(AuditLog.entity == "daily_day"):
        sql("UPDATE audit_log SET detail = ? WHERE id = ?", (row.detail.replace(old_hash, new_hash), row.id))
    if dbmod.is_sqlite():
        sql(audit.SQLITE_TRIGGERS["audit_log_no_update"])
    else:
        sql("ALTER TABLE audit_log ENABLE TRIGGER audit_log_no_change")
    _rechain_everything()

    # Inside the file everything agrees again...
    assert checks.check_invariants() == [] and audit.verify_database() == []
    # ...but the fingerprint on the paper in the manager's file is not the database's any more.
    found = daily.verify_fingerprint(FRIDAY, paper)
    assert (found.ok, found.code) == (False, "daily.fingerprint.unknown")
    assert daily.fingerprint_of(daily.versions(FRIDAY).get()) != paper


def test_stored_signed_content_edited_is_found(db, actors):
    paper = signed_friday(actors)
    version = daily.versions(FRIDAY).get()
    sql("UPDATE daily_version SET content = ? WHERE id = ?", (version.content.replace('"WX-0001"', '"WX-9999"'),
                                                              version.id))
    assert [p.code for p in checks.check_invariants()] == [LEDGER_CHECK_SIGNED_CONTENT_ALTERED]
    assert daily.verify_fingerprint(FRIDAY, paper).code == "daily.fingerprint.content_altered"


def test_one_person_cannot_give_both_signatures_even_after_a_role_change(db, actors, password_hash):
    clerks_friday(actors)
    produced = daily.produce(actors["clerk"], FRIDAY)
    finance = actors["finance"]
    daily.sign_finance(finance, FRIDAY, TEST_PASSWORD, produced.content_hash)
    User.update(role="manager").where(User.id == finance.user.id).execute()  # promoted in between
    promoted = Actor(User.get_by_id(finance.user.id), NOW)
    with pytest.raises(Refusal) as refused:
        daily.sign_manager(promoted, FRIDAY, TEST_PASSWORD, produced.content_hash)
    assert refused.value.code == "daily.same_signer"
    assert refused.value.facts["user"] == finance.user.display_name
    assert daily.day_state(FRIDAY) == "finance_signed"
    # Another person may.
    assert daily.sign_manager(actors["manager"], FRIDAY, TEST_PASSWORD, produced.content_hash).state == "locked"


def test_check_finds_a_day_signed_twice_by_one_person(db, actors):
    signed_friday(actors)
    sql("UPDATE daily_version SET manager_signed_by_id = finance_signed_by_id WHERE date = ?", (FRIDAY,))
    problems = checks.check_invariants()
    assert (LEDGER_CHECK_SAME_SIGNER, actors["finance"].user.display_name) in [(p.code, p.facts.get("user")) for p in problems]


def test_the_preparer_is_recorded_apart_from_the_signers_and_printed(db, actors, tmp_path):
    from common.pdf import pdf_text

    signed_friday(actors)
    version = daily.versions(FRIDAY).get()
    assert (version.produced_by_id, version.finance_signed_by_id, version.manager_signed_by_id) == (
        actors["clerk"].user.id, actors["finance"].user.id, actors["manager"].user.id)
    out = tmp_path / "signed.pdf"
    out.write_bytes(daily.signed_pdf(FRIDAY, 1))
    text = "".join(pdf_text(out))
    assert "制表人：王丽" in text and "财务：李会计" in text and "经理：张经理" in text
    paper = daily.fingerprint_of(version)
    assert f"校验码：{paper}" in text
    assert text.index(f"校验码：{paper}") > text.index("经理：张经理")  # under the signatures


def test_the_newest_document_missing_and_a_counter_pushed_ahead_are_found(db, actors):
    clerks_friday(actors)
    newest = Document.get(Document.number == "FF-2026-000002")
    line_ids = [line.id for line in DocumentLine.select().where(DocumentLine.document == newest.id)]
    Posting.delete().where(Posting.line.in_(line_ids)).execute()
    DocumentLine.delete().where(DocumentLine.id.in_(line_ids)).execute()
    Document.delete().where(Document.id == newest.id).execute()
    checks.rebuild_balances()
    DocumentCounter.update(last_seq=DocumentCounter.last_seq + 3).where(DocumentCounter.doc_type == "HQ_RECEIVE").execute()
    found = {(p.facts["doc_type"], p.facts["counter"], p.facts["max_seq"], p.facts["missing"])
             for p in checks.check_invariants() if p.code == LEDGER_CHECK_COUNTER_AHEAD}
    assert found == {("STATION_ISSUE", 2, 1, "2"), ("HQ_RECEIVE", 4, 1, "2-4")}


def test_a_deleted_referenced_document_is_reported_not_a_crash(db, actors):
    clerks_friday(actors)
    shipment = Document.get(Document.doc_type == "HQ_SHIP")
    if dbmod.is_sqlite():
        sql("PRAGMA foreign_keys = OFF")
    else:
        sql("SET session_replication_role = replica")
    sql("DELETE FROM ledger_document WHERE id = ?", (shipment.id,))
    problems = checks.check_invariants()  # raised KeyError before
    assert (LEDGER_CHECK_COUNTER_AHEAD, "HQ_SHIP") in [(p.code, p.facts.get("doc_type")) for p in problems]
    assert checks.CHECK_FAILED not in [p.code for p in problems]


def test_a_check_that_cannot_finish_is_reported_with_the_others_findings(db, actors, monkeypatch):
    clerks_friday(actors)
    DocumentCounter.update(last_seq=DocumentCounter.last_seq + 1).where(DocumentCounter.doc_type == "HQ_SHIP").execute()

    def broken():
        raise KeyError(42)

    monkeypatch.setattr(checks, "CHECKS", (("lines", broken),) + tuple(
        (name, check) for name, check in checks.CHECKS if name != "lines"))
    problems = checks.check_invariants()
    assert [p.code for p in problems] == [checks.CHECK_FAILED, LEDGER_CHECK_COUNTER_AHEAD]
    assert problems[0].facts == {"check": "lines", "error": "KeyError: 42"}


def test_the_fingerprint_of_a_reopened_version_still_matches_its_stored_version(db, actors):
    paper = signed_friday(actors)
    daily.reopen(actors["manager"], FRIDAY, "补录一张单据")
    found = daily.verify_fingerprint(FRIDAY, paper)
    assert (found.ok, found.code) == (True, "daily.fingerprint.match_reopened")
    assert json.loads(daily.versions(FRIDAY).get().content)["date"] == FRIDAY.isoformat()


def test_an_older_signed_day_is_compared_by_its_journal_digest_and_rebuilt_only_when_changed(db, actors, monkeypatch):
    from tests.test_daily import THURSDAY

    clerks_friday(actors)
    for day in (THURSDAY, FRIDAY):
        produced = daily.produce(actors["clerk"], day)
        daily.sign_finance(actors["finance"], day, TEST_PASSWORD, produced.content_hash)
        daily.sign_manager(actors["manager"], day, TEST_PASSWORD, produced.content_hash)
    build, rebuilt = daily.build_report, []
    monkeypatch.setattr(daily, "build_report", lambda day: rebuilt.append(day) or build(day))
    assert checks.check_signed_days() == [] and rebuilt == [FRIDAY]  # only the latest, for its openings

    # Thursday's shipment: 41 filters instead of 40, its postings and the cache in step.
    line = DocumentLine.select().join(Document).where((Document.doc_type == "HQ_SHIP") & (DocumentLine.qty == 40)).get()
    sql("UPDATE ledger_document_line SET qty = 41 WHERE id = ?", (line.id,))
    sql("UPDATE ledger_posting SET delta = delta / 40 * 41 WHERE line_id = ?", (line.id,))
    checks.rebuild_balances()
    rebuilt.clear()
    problems = checks.check_signed_days()
    assert [(p.code, p.facts["date"]) for p in problems] == [(LEDGER_CHECK_SIGNED_DAY_CHANGED, THURSDAY.isoformat()),
                                                             (LEDGER_CHECK_SIGNED_DAY_CHANGED, FRIDAY.isoformat())]
    assert sorted(rebuilt) == [THURSDAY, FRIDAY]


def test_the_fingerprint_fails_when_the_log_before_the_signature_was_edited(db, actors):
    paper = signed_friday(actors)
    first = AuditLog.get(AuditLog.seq == 1)
    if dbmod.is_sqlite():
        sql("DROP TRIGGER audit_log_no_update")
    else:
        sql("ALTER TABLE audit_log DISABLE TRIGGER audit_log_no_change")
    sql("UPDATE audit_log SET username = 'someone' WHERE id = ?", (first.id,))
    assert daily.verify_fingerprint(FRIDAY, paper).code == "daily.fingerprint.chain_broken"


def test_a_row_slipped_in_after_the_signature_leaves_the_paper_matching(db, actors):
    paper = signed_friday(actors)
    sql("INSERT INTO audit_log (at, username, action, entity, detail) VALUES (?, 'ghost', 'login', 'user', '')", (NOW,))
    assert daily.verify_fingerprint(FRIDAY, paper).ok  # what was signed is intact; check names the row
    assert [p.code for p in audit.verify_chain()] == ["audit.chain_unchained"]

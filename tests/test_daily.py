"""The daily goods in/out report: a clerk's Friday, checked, printed, signed and locked.

Runs on SQLite and PostgreSQL. The clerk posts the documents of 2026-11-20 on that day (one is keyed
on Monday 11-23, back-dated); finance and the manager sign on Monday."""
from datetime import date, datetime, timedelta

import pytest

from common.errors import Refusal
from common.models import AuditLog
from ledger import daily
from ledger.models import Balance, Part
from ledger.posting import Draft, DraftLine, create_part, create_party, post
from ledger.reversal import reverse
from tests.conftest import NOW, TEST_PASSWORD

FRIDAY = date(2026, 11, 20)
THURSDAY = date(2026, 11, 19)


def on(actor, day: date, hour: int = 10):
    return actor.at(datetime.combine(day, datetime.min.time()).replace(hour=hour))


def setup_branch(actor):
    create_party(actor, "HQ", "客服本部", "hq")
    create_party(actor, "ZZ01", "郑州金水服务站", "station")
    create_party(actor, "MS", "门市散客", "customer")
    create_part(actor, "BP-3501010", "前刹车片", "陶瓷", "套", 18500, 5)
    create_part(actor, "OF-1012010", "机油滤清器", "M20", "个", 3200, 20)


def clerks_friday(actors):
    """Thursday HQ ships; Friday the goods arrive, two stations and the counter get parts, one issue
    is reversed; on Monday a forgotten Friday counter slip is keyed (back-dated)."""
    clerk, manager = actors["clerk"], actors["manager"]
    setup_branch(manager)
    post(on(clerk, THURSDAY), Draft("HQ_SHIP", THURSDAY, "HQ", "SZ-FH-1119", lines=[
        ("BP-3501010", 10), ("OF-1012010", 40)]))
    friday = on(clerk, FRIDAY)
    post(friday, Draft("HQ_RECEIVE", FRIDAY, "HQ", "SZ-FH-1119", reference="SZ-FH-1119", lines=[
        DraftLine("BP-3501010", 10, flag=True), DraftLine("OF-1012010", 40)]))
    issue = post(friday, Draft("STATION_ISSUE", FRIDAY, "ZZ01", "ZZ-SQ-118", lines=[
        DraftLine("BP-3501010", 4, flag=True), DraftLine("OF-1012010", 10, remark="急件")]))
    reverse(friday, issue.document_id, "申请单填错数量", FRIDAY)
    post(friday, Draft("STATION_ISSUE", FRIDAY, "ZZ01", "ZZ-SQ-118B", lines=[
        DraftLine("BP-3501010", 3, flag=True), DraftLine("OF-1012010", 10)]))
    post(clerk, Draft("COUNTER_ISSUE", FRIDAY, "MS", "WX-0001", remark="周一补录", lines=[
        DraftLine("OF-1012010", 2)]))


def test_the_report_lists_the_days_documents_in_number_order_with_markers(db, actors):
    clerks_friday(actors)
    report = daily.build_report(FRIDAY)
    numbers = [d.number for d in report.documents]
    assert numbers == ["WX-2026-000001", "ZD-2026-000001", "CX-2026-000001",
                       "FF-2026-000001", "FF-2026-000002"]
    by_number = {d.number: d for d in report.documents}
    assert by_number["CX-2026-000001"].marker_text == "冲"
    assert by_number["CX-2026-000001"].reference_number == "FF-2026-000001"
    assert by_number["FF-2026-000001"].markers == ("reversed",)
    assert by_number["WX-2026-000001"].markers == ("backdated",)
    assert by_number["ZD-2026-000001"].source_number == "SZ-FH-1119"
    assert by_number["FF-2026-000001"].lines[1].remark == "急件"
    # A reversal counts negative: 50 received, 14 issued and taken back, 13 issued, 2 at the counter.
    assert report.qty_total == 50 + 14 - 14 + 13 + 2
    assert report.amount_total_fen == (10 * 18500 + 40 * 3200) + (3 * 18500 + 10 * 3200) + 2 * 3200
    assert report.reversals == (("CX-2026-000001", "FF-2026-000001", "2026-11-20"),)
    assert report.ok, report.failed_checks


def test_every_book_row_is_opening_plus_in_minus_out(db, actors):
    clerks_friday(actors)
    report = daily.build_report(FRIDAY)
    rows = {(r.part_number, r.book, r.party_code): r for r in report.book_rows}
    pads_good = rows[("BP-3501010", "good", "")]
    assert (pads_good.opening, pads_good.qty_in, pads_good.qty_out, pads_good.closing) == (0, 14, 7, 7)
    pads_transit = rows[("BP-3501010", "in_transit_in", "")]
    assert (pads_transit.opening, pads_transit.qty_in, pads_transit.qty_out, pads_transit.closing) == (10, 0, 10, 0)
    owed_by = rows[("BP-3501010", "owed_by", "ZZ01")]
    assert (owed_by.opening, owed_by.qty_in, owed_by.qty_out, owed_by.closing) == (0, 7, 4, 3)
    assert rows[("BP-3501010", "owed_to", "HQ")].closing == 10
    totals = {t.book: t for t in report.book_totals}
    assert (totals["good"].qty_in, totals["good"].qty_out) == (50 + 14, 14 + 13 + 2)
    assert totals["good"].amount_in_fen == 10 * 18500 + 40 * 3200 + 4 * 18500 + 10 * 3200


def test_a_drifted_balance_cache_fails_the_check_and_is_not_hidden(db, actors):
    clerks_friday(actors)
    part = Part.get(Part.number == "OF-1012010")
    Balance.update(qty=Balance.qty + 5).where((Balance.part == part.id) & (Balance.book == "good")).execute()
    report = daily.build_report(FRIDAY)
    assert not report.ok
    failed = report.failed_checks
    assert [c.code for c in failed] == ["daily.check.balance"]
    assert failed[0].facts["part"] == "OF-1012010" and failed[0].facts["closing"] == failed[0].facts["expected"] + 5


def test_a_number_missing_from_the_sequence_fails_the_numbering_check(db, actors):
    clerks_friday(actors)
    from ledger.models import Document, DocumentCounter

    # Simulate a lost number: renumber the second station issue as 000003 (000002 is then missing).
    Document.update(seq=3, number="FF-2026-000003").where(
        Document.number == "FF-2026-000002").execute()
    report = daily.build_report(FRIDAY)
    numbering = [c for c in report.checks if c.code == "daily.check.numbering" and c.facts["doc_type"] == "STATION_ISSUE"]
    assert numbering[0].ok is False and numbering[0].facts["missing"] == "FF-2026-000002"


def test_finance_then_manager_sign_and_the_day_is_locked_for_every_write(db, actors):
    clerks_friday(actors)
    clerk, finance, manager = actors["clerk"], actors["finance"], actors["manager"]
    produced = daily.produce(clerk, FRIDAY)
    assert (produced.state, produced.version, produced.new_version) == ("produced", 1, True)
    assert daily.produce(clerk, FRIDAY).new_version is False  # unchanged: the same version again

    with pytest.raises(Refusal) as refused:
        daily.sign_manager(manager, FRIDAY, TEST_PASSWORD, produced.content_hash)
    assert refused.value.code == "daily.finance_first"
    with pytest.raises(Refusal) as refused:
        daily.sign_finance(finance, FRIDAY, "wrong password", produced.content_hash)
    assert refused.value.code == "auth.failed"
    with pytest.raises(Refusal) as refused:
        daily.sign_finance(clerk, FRIDAY, TEST_PASSWORD)
    assert refused.value.code == "auth.forbidden"
    assert daily.day_state(FRIDAY) == "produced"

    assert daily.sign_finance(finance, FRIDAY, TEST_PASSWORD, produced.content_hash).state == "finance_signed"
    assert daily.sign_manager(manager, FRIDAY, TEST_PASSWORD, produced.content_hash).state == "locked"
    version = daily.versions(FRIDAY).get()
    assert version.content_hash == produced.content_hash and len(version.content_hash) == 64
    assert version.finance_signed_by_id == finance.user.id and version.manager_signed_by_id == manager.user.id

    # Nothing dated on or before the locked day can be posted, by anyone, in any way.
    for day in (FRIDAY, THURSDAY):
        with pytest.raises(Refusal) as refused:
            post(clerk, Draft("COUNTER_ISSUE", day, "MS", f"WX-{day.day}", lines=[("OF-1012010", 1)]))
        assert refused.value.code == "ledger.day_locked"
        assert refused.value.facts["locked_day"] == "2026-11-20" and refused.value.facts["locked_by"] == "张经理"
    with pytest.raises(Refusal) as refused:
        post(manager, Draft("ADJUST_GOOD", FRIDAY, None, lines=[("OF-1012010", -1)], remark="盘亏"))
    assert refused.value.code == "ledger.day_locked"
    friday_doc = daily.build_report(FRIDAY).documents[0]
    from ledger.models import Document
    doc_id = Document.get(Document.number == friday_doc.number).id
    with pytest.raises(Refusal) as refused:
        reverse(clerk, doc_id, "写错", FRIDAY)
    assert refused.value.code == "ledger.day_locked"
    # A correction goes into an open day as a reversal naming the original.
    corrected = reverse(clerk, doc_id, "写错")  # dated today, Monday 11-23
    assert corrected.date == NOW.date()
    assert daily.build_report(FRIDAY).content_hash() == produced.content_hash  # the locked day is unchanged


def test_a_report_that_changed_since_it_was_shown_is_not_signed(db, actors):
    clerks_friday(actors)
    produced = daily.produce(actors["clerk"], FRIDAY)
    post(actors["clerk"], Draft("COUNTER_ISSUE", FRIDAY, "MS", "WX-0002", lines=[("OF-1012010", 1)]))
    with pytest.raises(Refusal) as refused:
        daily.sign_finance(actors["finance"], FRIDAY, TEST_PASSWORD, produced.content_hash)
    assert refused.value.code == "daily.report_changed"
    again = daily.produce(actors["clerk"], FRIDAY)
    assert again.version == 2 and again.content_hash != produced.content_hash
    assert daily.sign_finance(actors["finance"], FRIDAY, TEST_PASSWORD, again.content_hash).version == 2


def test_reopen_needs_a_manager_and_a_reason_and_the_signed_pdf_stays(db, actors):
    from common.pdf import pdf_text

    clerks_friday(actors)
    clerk, finance, manager = actors["clerk"], actors["finance"], actors["manager"]
    first = daily.produce(clerk, FRIDAY)
    daily.sign_finance(finance, FRIDAY, TEST_PASSWORD)
    daily.sign_manager(manager, FRIDAY, TEST_PASSWORD)
    with pytest.raises(Refusal) as refused:
        daily.reopen(clerk, FRIDAY, "补单")
    assert refused.value.code == "auth.forbidden"
    with pytest.raises(Refusal) as refused:
        daily.reopen(manager, FRIDAY, "  ")
    assert refused.value.code == "daily.reason_required"
    assert daily.day_state(FRIDAY) == "locked"

    daily.reopen(manager, FRIDAY, "漏录一张维修单")
    assert daily.day_state(FRIDAY) == "reopened"
    audit = AuditLog.get(AuditLog.action == "daily.reopen")
    assert "漏录一张维修单" in audit.detail and audit.username == "manager"
    post(clerk, Draft("COUNTER_ISSUE", FRIDAY, "MS", "WX-0003", lines=[("OF-1012010", 1)]))
    second = daily.produce(clerk, FRIDAY)
    assert second.version == 2 and second.state == "produced"

    old_pdf = daily.signed_pdf(FRIDAY, 1)
    text = "".join(pdf_text(old_pdf))
    assert "财务：李会计" in text and "经理：张经理" in text and "WX-0003" not in text
    assert daily.signed_pdf(FRIDAY, 2) is None
    assert [v.version for v in daily.versions(FRIDAY)] == [2, 1]
    assert daily.versions(FRIDAY).where(daily.DailyVersion.version == 1).get().content_hash == first.content_hash


def test_the_calendar_shows_states_and_warns_of_old_unsigned_days(db, actors):
    clerks_friday(actors)
    clerk = actors["clerk"]
    monday = NOW.date()
    daily.produce(clerk, THURSDAY)
    daily.sign_finance(actors["finance"], THURSDAY, TEST_PASSWORD)
    daily.produce(clerk, FRIDAY)
    days = {d.date: d for d in daily.calendar(date(2026, 11, 1), monday, monday)}
    assert len(days) == 23
    assert (days[THURSDAY].state, days[THURSDAY].documents) == ("finance_signed", 1)
    assert (days[FRIDAY].state, days[FRIDAY].documents) == ("produced", 5)
    assert days[date(2026, 11, 18)].state == "not_produced"
    # Monday: Thursday and Friday are not yet two working days old.
    assert not days[THURSDAY].overdue and not days[FRIDAY].overdue
    tuesday, wednesday = monday + timedelta(days=1), monday + timedelta(days=2)
    assert daily.overdue_days(tuesday) == [THURSDAY]  # Thu + 2 working days (the weekend skipped) = Mon
    assert daily.overdue_days(wednesday) == [THURSDAY, FRIDAY]
    daily.sign_manager(actors["manager"], THURSDAY, TEST_PASSWORD)
    assert daily.overdue_days(wednesday) == [FRIDAY]
    daily.sign_finance(actors["finance"], FRIDAY, TEST_PASSWORD)
    daily.sign_manager(actors["manager"], FRIDAY, TEST_PASSWORD)
    assert daily.overdue_days(wednesday) == []
    assert daily.locked_through() == FRIDAY


def test_producing_a_future_day_or_without_permission_is_refused(db, actors):
    with pytest.raises(Refusal) as refused:
        daily.produce(actors["clerk"], NOW.date() + timedelta(days=1))
    assert refused.value.code == "daily.future_date"
    with pytest.raises(Refusal) as refused:
        daily.produce(actors["admin"], FRIDAY)
    assert refused.value.code == "auth.forbidden"
    assert daily.day_state(FRIDAY) == "not_produced"

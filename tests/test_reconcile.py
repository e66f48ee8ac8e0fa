"""Twice a month the clerk sends each station its statement and follows every difference to its end."""
from datetime import date

import openpyxl
import pytest

from common.errors import Refusal, RefusalList
from common.pdf import pdf_text
from ledger import reconcile
from ledger.posting import Draft, DraftLine, post
from ledger.reversal import reverse
from ledger.reconcile import LineAnswer
from ledger.reconcile_print import render_statement
from tests.test_ledger_scenarios import setup_branch

D = date


def november(clerk, manager):
    setup_branch(manager)
    ship = post(clerk, Draft("HQ_SHIP", D(2026, 10, 28), "HQ", "FH-1", lines=[("BP-3501010", 10), ("OF-1012010", 40)]))
    post(clerk, Draft("HQ_RECEIVE", D(2026, 11, 2), "HQ", "FH-1", reference="FH-1",
                      lines=[DraftLine("BP-3501010", 10, flag=True), DraftLine("OF-1012010", 30)]))
    # Before the period: 郑州 already owed 1 pad.
    post(clerk, Draft("STATION_ISSUE", D(2026, 11, 3), "ZZ01", "SQ-1", lines=[DraftLine("BP-3501010", 1, flag=True)]))
    post(clerk, Draft("STATION_ISSUE", D(2026, 11, 17), "ZZ01", "SQ-2",
                      lines=[DraftLine("BP-3501010", 4, flag=True), DraftLine("OF-1012010", 10)]))
    post(clerk, Draft("STATION_BAD_RETURN", D(2026, 11, 20), "ZZ01", "FH-31", lines=[("BP-3501010", 3)]))
    post(clerk, Draft("STATION_GOOD_RETURN", D(2026, 11, 21), "ZZ01", "TH-1", lines=[("OF-1012010", 2)]))
    # A mistaken issue, reversed: nets to nothing on the statement.
    wrong = post(clerk, Draft("STATION_ISSUE", D(2026, 11, 18), "ZZ01", "SQ-X", lines=[("OF-1012010", 5)]))
    reverse(clerk, wrong.document_id, "发错服务站", D(2026, 11, 18))
    post(clerk, Draft("HQ_BAD_RETURN", D(2026, 11, 22), "HQ", "FHZB-1", lines=[("BP-3501010", 2)]))
    return ship


def test_station_statement_for_the_second_half_of_november(db, actors):
    clerk = actors["clerk"]
    november(clerk, actors["manager"])
    zz = reconcile.Party.get(reconcile.Party.code == "ZZ01")
    figures = {f.part_number: f for f in reconcile.statement_figures(zz, D(2026, 11, 16), D(2026, 11, 30))}
    pads, oil = figures["BP-3501010"], figures["OF-1012010"]
    assert (pads.qty_out, pads.qty_in_good, pads.qty_in_bad, pads.owed_start, pads.owed_end) == (4, 0, 3, 1, 2)
    assert (oil.qty_out, oil.qty_in_good, oil.qty_in_bad, oil.owed_start, oil.owed_end) == (10, 2, 0, 0, 0)


def test_hq_statement_shows_what_we_owe_and_transit_both_ways(db, actors):
    clerk = actors["clerk"]
    november(clerk, actors["manager"])
    hq = reconcile.Party.get(reconcile.Party.code == "HQ")
    figures = {f.part_number: f for f in reconcile.statement_figures(hq, D(2026, 11, 1), D(2026, 11, 23))}
    pads, oil = figures["BP-3501010"], figures["OF-1012010"]
    assert (pads.qty_in_good, pads.qty_out, pads.owed_start, pads.owed_end, pads.transit_out) == (10, 2, 0, 10, 2)
    assert (oil.qty_in_good, oil.transit_in) == (30, 10)


def test_default_period_is_the_latest_ended_half_month():
    assert reconcile.default_period(D(2026, 11, 23)) == (D(2026, 11, 1), D(2026, 11, 15))
    assert reconcile.default_period(D(2026, 11, 30)) == (D(2026, 11, 16), D(2026, 11, 30))
    assert reconcile.default_period(D(2026, 12, 3)) == (D(2026, 11, 16), D(2026, 11, 30))
    assert reconcile.half_month(D(2027, 2, 20)) == (D(2027, 2, 16), D(2027, 2, 28))


def test_statement_pdf_has_lines_confirm_column_and_station_signature(db, actors, tmp_path):
    clerk = actors["clerk"]
    november(clerk, actors["manager"])
    out = tmp_path / "zz.pdf"
    result = render_statement(clerk, "ZZ01", D(2026, 11, 16), D(2026, 11, 23), out)
    text = "\n".join(pdf_text(out))
    assert result["lines"] == 2 and result["pages"] == 1
    assert "郑州金水服务站" in text and "BP-3501010" in text and "确认" in text
    assert "对方核对人" in text and "2026-11-16" in text
    # Printing again re-prints the frozen statement, it does not issue a second one.
    again = render_statement(clerk, "ZZ01", D(2026, 11, 16), D(2026, 11, 23), tmp_path / "again.pdf")
    assert again["statement_id"] == result["statement_id"]


def test_statement_for_a_period_not_yet_ended_is_refused(db, actors, tmp_path):
    november(actors["clerk"], actors["manager"])
    with pytest.raises(Refusal) as caught:
        render_statement(actors["clerk"], "ZZ01", D(2026, 11, 16), D(2026, 11, 30), tmp_path / "x.pdf")
    assert caught.value.code == "recon.period_not_ended"


def _answer_file(tmp_path, clerk, fill, name="back.xlsx"):
    """Export the statement, let the 'station' fill it in with ``fill(rows)`` and save it."""
    sent = tmp_path / "sent.xlsx"
    render_statement(clerk, "ZZ01", D(2026, 11, 16), D(2026, 11, 23), sent)
    book = openpyxl.load_workbook(sent)
    sheet = book["对账单"]
    headers = [c.value for c in sheet[1]]
    rows = [{h: c for h, c in zip(headers, row)} for row in sheet.iter_rows(min_row=2)]
    fill(rows)
    back = tmp_path / name
    book.save(back)
    return back


def test_returned_statement_opens_a_dispute_per_differing_line_and_it_is_resolved(db, actors, tmp_path):
    clerk = actors["clerk"]
    november(clerk, actors["manager"])

    def fill(rows):
        for row in rows:
            if row["备件编号"].value == "OF-1012010":
                row["确认"].value = "是"
            elif row["备件编号"].value == "BP-3501010":
                row["对方发出"].value = 3
                row["说明"].value = "只收到3套"

    result = reconcile.import_answer(clerk, _answer_file(tmp_path, clerk, fill))
    assert (result.lines_confirmed, result.disputes_opened) == (1, 1)
    dispute = reconcile.open_disputes("ZZ01").get()
    assert dispute.line.part.number == "BP-3501010" and dispute.line.differences() == {"qty_out": (4, 3)}
    assert reconcile.count_open_disputes() == 1

    with pytest.raises(Refusal) as caught:
        reconcile.resolve_by_accepting(clerk, dispute.id, "  ")
    assert caught.value.code == "recon.reason_required"
    closed = reconcile.resolve_by_accepting(clerk, dispute.id, "服务站签收单只有3套，第4套另行追查")
    assert closed.state == "resolved" and closed.resolution == "accepted"
    assert closed.resolved_by.username == "clerk" and closed.resolved_at == clerk.now
    assert reconcile.count_open_disputes() == 0
    with pytest.raises(Refusal) as caught:
        reconcile.resolve_by_accepting(clerk, dispute.id, "again")
    assert caught.value.code == "recon.dispute_closed"


def test_dispute_resolved_by_a_posting(db, actors):
    clerk = actors["clerk"]
    november(clerk, actors["manager"])
    issued = reconcile.issue_statement(clerk, "ZZ01", D(2026, 11, 16), D(2026, 11, 23))
    answer = reconcile.answer_statement(clerk, issued.statement_id, [
        LineAnswer("BP-3501010", confirmed=True), LineAnswer("OF-1012010", qty_in_good=4, note="退了4个")])
    assert answer.disputes_opened == 1
    fix = post(clerk, Draft("STATION_GOOD_RETURN", D(2026, 11, 23), "ZZ01", "TH-2", lines=[("OF-1012010", 2)]))
    dispute = reconcile.open_disputes().get()
    with pytest.raises(Refusal) as caught:
        reconcile.resolve_by_posting(clerk, dispute.id, "ZD-2026-000001")
    assert caught.value.code == "recon.document_other_party"
    done = reconcile.resolve_by_posting(clerk, dispute.id, fix.number, "补记退件")
    assert done.resolution == "posting" and done.document.number == fix.number


def _refused_and_unchanged(clerk, path):
    with pytest.raises(Refusal) as caught:
        reconcile.import_answer(clerk, path)
    statement = reconcile.Statement.get()
    assert statement.state == "issued" and reconcile.Dispute.select().count() == 0
    return caught.value


def test_returned_statement_for_another_station_or_period_is_refused(db, actors, tmp_path):
    clerk = actors["clerk"]
    november(clerk, actors["manager"])

    def other_station(rows):
        for row in rows[:-1]:
            row["单位编码"].value = "LY01"

    refusal = _refused_and_unchanged(clerk, _answer_file(tmp_path, clerk, other_station))
    assert refusal.code == "recon.no_such_statement" and refusal.facts["party"] == "LY01"

    def other_period(rows):
        for row in rows[:-1]:
            row["起始日期"].value = D(2026, 11, 1)

    refusal = _refused_and_unchanged(clerk, _answer_file(tmp_path, clerk, other_period, "p.xlsx"))
    assert refusal.code == "recon.no_such_statement" and refusal.facts["date_from"] == "2026-11-01"


def test_returned_statement_with_unknown_part_or_wrong_total_is_refused(db, actors, tmp_path):
    clerk = actors["clerk"]
    november(clerk, actors["manager"])

    def unknown_part(rows):
        rows[0]["备件编号"].value = "NO-SUCH-PART"

    refusal = _refused_and_unchanged(clerk, _answer_file(tmp_path, clerk, unknown_part))
    assert isinstance(refusal, RefusalList)
    assert [item.code for item in refusal.items][0] == "recon.answer_unknown_part"
    assert refusal.items[0].facts["part"] == "NO-SUCH-PART" and refusal.items[0].facts["row"] == 2

    def bad_total(rows):
        rows[0]["对方发出"].value = 3
        rows[-1]["对方发出"].value = 99

    # The spreadsheet reader compares a 合计 row with the rows above it for every file it reads,
    # so a returned statement's wrong total is refused there, naming the cell and both figures.
    refusal = _refused_and_unchanged(clerk, _answer_file(tmp_path, clerk, bad_total, "t.xlsx"))
    mismatch = [item for item in getattr(refusal, "items", [refusal]) if item.code == "excel.total_mismatch"]
    assert [(item.facts["column"], item.facts["value"], item.facts["sum"]) for item in mismatch] == [("对方发出", "99", "3")]


def test_answer_must_cover_every_line_and_only_once(db, actors):
    clerk = actors["clerk"]
    november(clerk, actors["manager"])
    issued = reconcile.issue_statement(clerk, "ZZ01", D(2026, 11, 16), D(2026, 11, 23))
    with pytest.raises(RefusalList) as caught:
        reconcile.answer_statement(clerk, issued.statement_id, [LineAnswer("BP-3501010", confirmed=True)])
    assert caught.value.items[0].code == "recon.answer_line_missing"
    assert caught.value.items[0].facts["part"] == "OF-1012010"
    ok = [LineAnswer("BP-3501010", confirmed=True), LineAnswer("OF-1012010", confirmed=True)]
    assert reconcile.answer_statement(clerk, issued.statement_id, ok).lines_confirmed == 2
    with pytest.raises(Refusal) as caught:
        reconcile.answer_statement(clerk, issued.statement_id, ok)
    assert caught.value.code == "recon.already_answered"


def test_finance_cannot_issue_statements(db, actors):
    november(actors["clerk"], actors["manager"])
    with pytest.raises(Refusal) as caught:
        reconcile.issue_statement(actors["finance"], "ZZ01", D(2026, 11, 1), D(2026, 11, 15))
    assert caught.value.code == "auth.forbidden"

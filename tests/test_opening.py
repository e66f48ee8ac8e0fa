"""Opening balances (期初建账, issue 12): the OPENING document, its refusals, and later documents
that settle its shipments and debts. Each test runs on SQLite and PostgreSQL (the ``db`` fixture)."""
from datetime import date, datetime

import pytest

from common.errors import Refusal
from ledger import books, checks
from ledger.daily import build_report
from ledger.models import Document
from ledger.opening import OpeningEntry as E
from ledger.opening import current_opening, post_opening
from ledger.posting import Draft, DraftLine, post
from ledger.reversal import reversal_preview, reverse
from tests.test_ledger_refusals import refused
from tests.test_ledger_scenarios import setup_branch

D = date
GO_LIVE = D(2026, 10, 31)

ENTRIES = [
    E("good", "BP-3501010", 20),
    E("bad", "BP-3501010", 3),
    E("good", "OF-1012010", 50),
    # HQ is owed 3 bad pads since July, 2 more since October
    E("owed_to", "BP-3501010", 3, "HQ", D(2026, 7, 15)),
    E("owed_to", "BP-3501010", 2, "HQ", D(2026, 10, 20)),
    # 郑州 owes 4 pads issued in August, 洛阳 1 filter since September
    E("owed_by", "BP-3501010", 4, "ZZ01", D(2026, 8, 10), "ZZ-0810"),
    E("owed_by", "OF-1012010", 1, "LY01", D(2026, 9, 5)),
    E("owed_by", "BP-3501010", 2, "KF01"),  # blank original date: the go-live date
    # HQ's delivery list FH-0928 on the road: 6 pads and 10 filters
    E("in_transit_in", "BP-3501010", 6, "HQ", D(2026, 10, 28), "FH-0928"),
    E("in_transit_in", "OF-1012010", 10, "HQ", D(2026, 10, 28), "FH-0928"),
    # 2 bad pads sent back to HQ on slip FZ-1025, not yet confirmed: still owed (in owed_to above)
    E("in_transit_out", "BP-3501010", 2, "HQ", D(2026, 10, 25), "FZ-1025"),
]


@pytest.fixture
def opened(db, actors):
    setup_branch(actors["manager"])
    result = post_opening(actors["manager"], GO_LIVE, ENTRIES, "上线期初")
    return actors, result


def test_the_opening_posts_every_book_and_balance_at_go_live_equals_it(opened):
    actors, result = opened
    assert result.doc_type == "OPENING" and result.line_count == len(ENTRIES)
    parts = books.balances_at(GO_LIVE)["parts"]
    assert parts["BP-3501010"] == {"good": 20, "bad": 3, "in_transit_in": 6, "in_transit_out": 2,
                                   "owed_to": {"HQ": 5}, "owed_by": {"ZZ01": 4, "KF01": 2}}
    assert parts["OF-1012010"] == {"good": 50, "bad": 0, "in_transit_in": 10, "in_transit_out": 0,
                                   "owed_to": {}, "owed_by": {"LY01": 1}}
    # Nothing before the go-live day.
    assert books.balances_at(D(2026, 10, 30))["parts"]["BP-3501010"]["good"] == 0
    assert checks.check_invariants() == []
    assert current_opening().number == result.number


def test_aging_uses_the_date_each_debt_arose_and_settles_oldest_first(opened):
    actors, opening = opened
    rows = list(books.owed_open("owed_to", D(2026, 11, 23)).dicts())
    assert [(r["date"], r["open_qty"], r["days_open"]) for r in rows] == [
        ("2026-07-15", 3, 131), ("2026-10-20", 2, 34)]
    by = {(r["party_code"], r["part_number"]): (r["date"], r["days_open"], r["number"])
          for r in books.owed_open("owed_by", D(2026, 11, 23)).dicts()}
    assert by[("ZZ01", "BP-3501010")] == ("2026-08-10", 105, opening.number)
    assert by[("KF01", "BP-3501010")][0] == "2026-10-31"
    # 30 days: 郑州's August debt and 洛阳's September one are overdue; KF01's is not.
    overdue = {(r["party_code"], r["overdue"]) for r in books.owed_overdue("owed_by", D(2026, 11, 23))}
    assert overdue == {("ZZ01", 4), ("LY01", 1), ("KF01", 2)} - {("KF01", 2)}
    # 郑州 returns 3: the August item keeps 1 open, still dated August.
    post(actors["clerk"], Draft("STATION_BAD_RETURN", D(2026, 11, 5), "ZZ01", "ZZ-R1", lines=[("BP-3501010", 3)]))
    rows = [r for r in books.owed_open("owed_by", D(2026, 11, 23), "ZZ01").dicts()]
    assert [(r["date"], r["open_qty"]) for r in rows] == [("2026-08-10", 1)]
    # HQ confirms 4 of what is owed: the July debt (3) goes first, then 1 of October's.
    post(actors["clerk"], Draft("HQ_BAD_RETURN", D(2026, 11, 6), "HQ", "FZ-1106", lines=[("BP-3501010", 2)]))
    post(actors["clerk"], Draft("HQ_BAD_CONFIRM", D(2026, 11, 9), "HQ", "RK-1109", reference="FZ-1106",
                                lines=[("BP-3501010", 2)]))
    post(actors["clerk"], Draft("HQ_BAD_CONFIRM", D(2026, 11, 9), "HQ", "RK-1109B", reference="FZ-1025",
                                lines=[("BP-3501010", 2)]))
    rows = list(books.owed_open("owed_to", D(2026, 11, 23)).dicts())
    assert [(r["date"], r["open_qty"]) for r in rows] == [("2026-10-20", 1)]
    assert checks.check_invariants() == []


def test_receipts_and_confirmations_name_opening_shipments_by_their_original_number(opened):
    actors, opening = opened
    clerk = actors["clerk"]
    receipt = post(clerk, Draft("HQ_RECEIVE", D(2026, 11, 2), "HQ", "FH-0928", reference="FH-0928",
                                lines=[DraftLine("BP-3501010", 4, flag=True), ("OF-1012010", 10)]))
    doc = Document.get_by_id(receipt.document_id)
    assert (doc.reference_id, doc.reference_key) == (opening.document_id, "FH-0928")
    # Only 2 pads are still open on FH-0928.
    r = refused(clerk, Draft("HQ_RECEIVE", D(2026, 11, 3), "HQ", "FH-0928-2", reference="FH-0928",
                             lines=[("BP-3501010", 3)]))
    assert (r.code, r.facts["open"], r.facts["asked"]) == ("ledger.exceeds_open", 2, 3)
    # The return slip is not a delivery list: a receipt cannot name it.
    r = refused(clerk, Draft("HQ_RECEIVE", D(2026, 11, 3), "HQ", "X-1", reference="FZ-1025", lines=[("BP-3501010", 1)]))
    assert r.code == "ledger.unknown_reference"
    # The last 2 pads were lost on the way (manager): the shipment is closed.
    post(actors["manager"], Draft("TRANSIT_LOSS", D(2026, 11, 3), "HQ", "LOSS-1", reference="FH-0928",
                                  remark="破损", lines=[("BP-3501010", 2)]))
    # A loss of the return slip reduces the outbound in-transit book.
    post(actors["manager"], Draft("TRANSIT_LOSS", D(2026, 11, 3), "HQ", "LOSS-2", reference="FZ-1025",
                                  remark="丢失", lines=[("BP-3501010", 1)]))
    bp = books.balances_at()["parts"]["BP-3501010"]
    assert (bp["good"], bp["in_transit_in"], bp["in_transit_out"], bp["owed_to"]) == (24, 0, 1, {"HQ": 9})
    assert books.balances_at()["parts"]["OF-1012010"]["in_transit_in"] == 0
    assert checks.check_invariants() == []
    # The receipt's day report sees the receipt; the go-live day's report shows the opening.
    report = build_report(D(2026, 11, 3))
    assert report.ok, report.failed_checks


def test_nothing_is_posted_on_or_before_the_go_live_day(opened):
    actors, _ = opened
    r = refused(actors["clerk"], Draft("STATION_ISSUE", GO_LIVE, "ZZ01", lines=[("BP-3501010", 1)]))
    assert (r.code, r.facts["opening_date"]) == ("ledger.before_opening", "2026-10-31")
    r = refused(actors["clerk"], Draft("STATION_ISSUE", D(2026, 9, 1), "ZZ01", lines=[("BP-3501010", 1)]))
    assert r.code == "ledger.before_opening"
    post(actors["clerk"], Draft("STATION_ISSUE", D(2026, 11, 1), "ZZ01", lines=[("BP-3501010", 1)]))
    r = refused(actors["clerk"], Draft("OPENING", D(2026, 11, 2), None, lines=[("BP-3501010", 1)]))
    assert r.code == "ledger.opening_via_opening"


def test_a_second_opening_and_an_opening_dated_on_or_after_documents_are_refused(db, actors):
    setup_branch(actors["manager"])
    manager = actors["manager"]
    post(actors["clerk"], Draft("HQ_SHIP", D(2026, 10, 31), "HQ", "FH-1", lines=[("BP-3501010", 1)]))
    r = refused(manager, lambda: post_opening(manager, D(2026, 10, 31), [E("good", "BP-3501010", 1)]))
    assert (r.code, r.facts["document_date"]) == ("ledger.opening_after_documents", "2026-10-31")
    post_opening(manager, D(2026, 10, 30), [E("good", "BP-3501010", 1)])
    r = refused(manager, lambda: post_opening(manager, D(2026, 10, 29), [E("good", "BP-3501010", 1)]))
    assert (r.code, r.facts["opening"]) == ("ledger.opening_exists", current_opening().number)


def test_only_a_manager_opens_the_books(db, actors):
    setup_branch(actors["manager"])
    r = refused(actors["clerk"], lambda: post_opening(actors["clerk"], GO_LIVE, [E("good", "BP-3501010", 1)]))
    assert r.code == "auth.forbidden"


@pytest.mark.parametrize("entry, code, facts", [
    (E("owed_to", "BP-3501010", 1, "ZZ01"), "ledger.opening_party_wrong_kind", {"party": "ZZ01", "line": 2}),
    (E("owed_by", "BP-3501010", 1, "MS"), "ledger.opening_party_wrong_kind", {"party": "MS"}),
    (E("owed_by", "BP-3501010", 1), "ledger.opening_party_required", {"book": "owed_by"}),
    (E("good", "BP-3501010", 1, "HQ"), "ledger.opening_party_unexpected", {"party": "HQ"}),
    (E("good", "BP-3501010", -1), "ledger.bad_quantity", {"qty": "-1"}),
    (E("good", "BP-3501010", 0), "ledger.bad_quantity", {"qty": "0"}),
    (E("in_transit_in", "BP-3501010", 1, "HQ", D(2026, 10, 1)), "ledger.opening_number_required", {}),
    (E("in_transit_in", "BP-3501010", 1, "HQ", None, "FH-X"), "ledger.opening_duplicate_shipment_line",
     {"first_line": 1}),
    (E("owed_to", "BP-3501010", 1, "HQ", D(2026, 11, 1)), "ledger.opening_origin_after",
     {"origin_date": "2026-11-01"}),
    (E("good", "NEW-1", 1), "ledger.unknown_part", {"part": "NEW-1"}),
    (E("stock", "BP-3501010", 1), "ledger.opening_bad_book", {"book": "stock"}),
])
def test_bad_opening_lines_are_refused_naming_the_line(db, actors, entry, code, facts):
    setup_branch(actors["manager"])
    manager = actors["manager"]
    first = E("in_transit_in", "BP-3501010", 1, "HQ", None, "FH-X")
    r = refused(manager, lambda: post_opening(manager, GO_LIVE, [first, entry]))
    assert r.code == code
    assert r.facts["line"] == 2 and all(r.facts[k] == v for k, v in facts.items())


def test_the_opening_is_corrected_by_reversal_then_posted_again(opened):
    actors, opening = opened
    manager = actors["manager"]
    receipt = post(actors["clerk"], Draft("HQ_RECEIVE", D(2026, 11, 2), "HQ", "FH-0928", reference="FH-0928",
                                          lines=[("BP-3501010", 1)]))
    r = refused(manager, lambda: reverse(manager, opening.document_id, "数量录错", D(2026, 11, 3)))
    assert r.code == "ledger.has_dependents"
    reverse(actors["clerk"], receipt.document_id, "录错", D(2026, 11, 2))
    # Reversed on its own day, so the corrected opening stands alone at the end of the go-live day.
    reversal = reverse(manager, opening.document_id, "数量录错", GO_LIVE)
    assert reversal.doc_type == "REVERSAL"
    after = books.balances_at()["parts"]["BP-3501010"]
    assert after == {"good": 0, "bad": 0, "in_transit_in": 0, "in_transit_out": 0, "owed_to": {}, "owed_by": {}}
    assert checks.check_invariants() == []
    assert current_opening() is None
    # The corrected opening, on the same go-live day.
    again = post_opening(manager, GO_LIVE, ENTRIES[:3])
    assert again.number != opening.number and current_opening().number == again.number
    assert books.balances_at(GO_LIVE)["parts"]["BP-3501010"]["good"] == 20
    assert checks.check_invariants() == []
    assert build_report(GO_LIVE).ok


def test_the_go_live_days_report_shows_the_opening_and_balances(opened):
    _, opening = opened
    report = build_report(GO_LIVE)
    assert [(d.number, d.doc_type) for d in report.documents] == [(opening.number, "OPENING")]
    rows = {(b.part_number, b.book, b.party_code): (b.opening, b.qty_in, b.qty_out, b.closing)
            for b in report.book_rows}
    assert rows[("BP-3501010", "owed_by", "ZZ01")] == (0, 4, 0, 4)
    assert rows[("BP-3501010", "owed_to", "HQ")] == (0, 5, 0, 5)
    assert rows[("BP-3501010", "good", "")] == (0, 20, 0, 20)
    assert report.ok, report.failed_checks


def test_the_in_transit_book_and_todays_card_list_opening_shipments_with_their_ship_dates(opened):
    actors, opening = opened
    post(actors["clerk"], Draft("HQ_RECEIVE", D(2026, 11, 2), "HQ", "FH-0928", reference="FH-0928",
                                lines=[("BP-3501010", 4)]))
    post(actors["clerk"], Draft("HQ_SHIP", D(2026, 11, 20), "HQ", "FH-1120", lines=[("BP-3501010", 1)]))
    rows = [(r["number"], r["doc_type"], r["source_number"], r["date"], r["party_code"], r["part_number"],
             r["shipped"], r["open_qty"], r["age_days"]) for r in books.in_transit_open(D(2026, 11, 23)).dicts()]
    assert rows[:3] == [
        (opening.number, "HQ_BAD_RETURN", "FZ-1025", "2026-10-25", "HQ", "BP-3501010", 2, 2, 29),
        (opening.number, "HQ_SHIP", "FH-0928", "2026-10-28", "HQ", "BP-3501010", 6, 2, 26),
        (opening.number, "HQ_SHIP", "FH-0928", "2026-10-28", "HQ", "OF-1012010", 10, 10, 26),
    ]
    assert [r[2] for r in rows[3:]] == ["FH-1120"]
    # 今日: both opening shipments are older than the 7-day limit; the app's shipment is not.
    overdue = [(r["source_number"], r["open_qty"], r["age_days"]) for r in books.transit_overdue(D(2026, 11, 23))]
    assert overdue == [("FZ-1025", 2, 29), ("FH-0928", 12, 26)]
    # The form's shipment list offers the opening's shipments by HQ's number, like the app's.
    assert [(s["number"], s["source_number"]) for s in books.open_shipments(("HQ_SHIP",), D(2026, 11, 23))] == [
        ("FH-0928", "FH-0928"), ("ZF-2026-000001", "FH-1120")]


def test_the_reversal_preview_of_an_opening_shows_each_partys_book(opened):
    actors, opening = opened
    rows = {(e.part_number, e.book, e.party_code): (e.before, e.delta, e.after, e.ok)
            for e in reversal_preview(actors["manager"], opening.document_id, GO_LIVE)}
    assert rows[("BP-3501010", "owed_by", "ZZ01")] == (4, -4, 0, True)
    assert rows[("BP-3501010", "owed_by", "KF01")] == (2, -2, 0, True)
    assert rows[("BP-3501010", "good", None)] == (20, -20, 0, True)
    post(actors["clerk"], Draft("STATION_ISSUE", D(2026, 11, 2), "ZZ01", lines=[("BP-3501010", 1)]))
    rows = {(e.part_number, e.book, e.party_code): e.ok
            for e in reversal_preview(actors["manager"], opening.document_id, GO_LIVE)}
    assert rows[("BP-3501010", "good", None)] is False  # 11-02 would be negative
    assert Document.select().count() == 2


def test_station_and_hq_statements_start_from_the_opening(opened):
    from ledger.models import Party
    from ledger.reconcile import statement_figures

    actors, _ = opened
    post(actors["clerk"], Draft("STATION_BAD_RETURN", D(2026, 11, 5), "ZZ01", "ZZ-R1", lines=[("BP-3501010", 3)]))
    post(actors["clerk"], Draft("HQ_RECEIVE", D(2026, 11, 6), "HQ", "FH-0928", reference="FH-0928",
                                lines=[("OF-1012010", 10)]))
    station = {f.part_number: f for f in statement_figures(Party.get(Party.code == "ZZ01"), D(2026, 11, 1), D(2026, 11, 15))}
    bp = station["BP-3501010"]
    assert (bp.owed_start, bp.qty_in_bad, bp.owed_end) == (4, 3, 1)
    hq = {f.part_number: f for f in statement_figures(Party.get(Party.code == "HQ"), D(2026, 11, 1), D(2026, 11, 15))}
    assert (hq["BP-3501010"].owed_start, hq["BP-3501010"].transit_in, hq["BP-3501010"].transit_out) == (5, 6, 2)
    assert (hq["OF-1012010"].qty_in_good, hq["OF-1012010"].transit_in) == (10, 0)

"""A parts clerk's month, on SQLite and PostgreSQL: documents in, books and balances out."""
from datetime import date

import pytest

from common.errors import Refusal
from common.messages import text
from common.models import AuditLog
from ledger import books, checks
from ledger.models import Balance, Document, Posting
from ledger.posting import Draft, DraftLine, create_part, create_party, post, preview
from ledger.reversal import reverse
from ledger.texts import LEDGER_CHECK_CACHE_MISMATCH, LEDGER_CHECK_COUNTER_BEHIND, LEDGER_CHECK_NUMBER_GAP

D = date  # the month is November 2026; NOW is 2026-11-23


def setup_branch(actor):
    """HQ, two service stations, a dealer, a counter customer, three parts."""
    create_party(actor, "HQ", "客服本部", "hq", "备件科 刘科长", "0371-66881234")
    create_party(actor, "ZZ01", "郑州金水服务站", "station", "李强", "13803710001")
    create_party(actor, "LY01", "洛阳涧西服务站", "station", "王芳", "13903790002")
    create_party(actor, "KF01", "开封东方汽车经销商", "dealer", "赵军", "13703780003")
    create_party(actor, "MS", "门市散客", "customer")
    create_part(actor, "BP-3501010", "前刹车片", "陶瓷 四片装", "套", 18500, 5)
    create_part(actor, "OF-1012010", "机油滤清器", "M20x1.5", "个", 3200, 20)
    create_part(actor, "HL-4121010", "前大灯总成", "LED 左", "个", 128000, 1)


def bal(number, at=None):
    return books.balances_at(at, number)["parts"][number]


def test_a_clerks_month_keeps_all_five_books(db, actors):
    clerk, manager = actors["clerk"], actors["manager"]
    setup_branch(manager)
    # 11-02 HQ ships; nothing enters stock until the goods and HQ's delivery list are in hand.
    ship = post(clerk, Draft("HQ_SHIP", D(2026, 11, 2), "HQ", "SZ-FH-20261102", lines=[
        ("BP-3501010", 10), ("OF-1012010", 40)]))
    assert bal("BP-3501010") == {"good": 0, "bad": 0, "in_transit_in": 10, "in_transit_out": 0,
                                 "owed_to": {}, "owed_by": {}}
    # 11-04 the goods arrive, brake pads must have the old ones returned to HQ (需返坏件).
    receive = post(clerk, Draft("HQ_RECEIVE", D(2026, 11, 4), "HQ", "SZ-FH-20261102", reference="SZ-FH-20261102",
                                lines=[DraftLine("BP-3501010", 10, flag=True), DraftLine("OF-1012010", 36)]))
    assert receive.number == "ZD-2026-000001"
    # 11-05 two stations get parts; 郑州 owes the bad brake pads back.
    post(clerk, Draft("STATION_ISSUE", D(2026, 11, 5), "ZZ01", "ZZ-SQ-118",
                      lines=[DraftLine("BP-3501010", 4, flag=True), DraftLine("OF-1012010", 10)]))
    post(clerk, Draft("STATION_ISSUE", D(2026, 11, 6), "LY01", "LY-SQ-007", lines=[DraftLine("BP-3501010", 2, flag=True)]))
    # 11-10 郑州 returns 3 bad pads; a counter repair swaps one pad set and keeps the old one.
    post(clerk, Draft("STATION_BAD_RETURN", D(2026, 11, 10), "ZZ01", "ZZ-FH-031", lines=[("BP-3501010", 3)]))
    post(clerk, Draft("COUNTER_ISSUE", D(2026, 11, 11), "MS", "WX-0001", lines=[DraftLine("BP-3501010", 1, flag=True)]))
    # 11-12 bad parts go back to HQ; 11-18 HQ confirms 3 of them (客服本部入库单).
    back = post(clerk, Draft("HQ_BAD_RETURN", D(2026, 11, 12), "HQ", "FHZB-1112", lines=[("BP-3501010", 4)]))
    post(clerk, Draft("HQ_BAD_CONFIRM", D(2026, 11, 18), "HQ", "RKD-5521", reference=back.document_id,
                      lines=[("BP-3501010", 3)]))

    pads = bal("BP-3501010")
    assert pads == {"good": 3, "bad": 0, "in_transit_in": 0, "in_transit_out": 1,
                    "owed_to": {"HQ": 7}, "owed_by": {"ZZ01": 1, "LY01": 2}}
    assert bal("OF-1012010")["in_transit_in"] == 4 and bal("OF-1012010")["good"] == 26
    # As of the evening of 11-05 the books looked like this:
    assert bal("BP-3501010", D(2026, 11, 5)) == {"good": 6, "bad": 0, "in_transit_in": 0, "in_transit_out": 0,
                                                  "owed_to": {"HQ": 10}, "owed_by": {"ZZ01": 4}}

    # The books as views.
    assert {r["number"]: (r["good"], r["bad"]) for r in books.stock().dicts()}["BP-3501010"] == (3, 0)
    owed_by = list(books.owed_open("owed_by", D(2026, 11, 23)).dicts())
    assert [(r["party_code"], r["date"], r["open_qty"], r["days_open"]) for r in owed_by] == [
        ("LY01", "2026-11-06", 2, 17), ("ZZ01", "2026-11-05", 1, 18)]
    transit = list(books.in_transit_open(D(2026, 11, 23)).dicts())
    assert [(r["number"], r["part_number"], r["open_qty"], r["age_days"]) for r in transit] == [
        (ship.number, "OF-1012010", 4, 21), (back.number, "BP-3501010", 1, 11)]
    account = list(books.account("ZZ01"))
    assert [(r["part_number"], r["qty_in"], r["qty_out"], r["net_sent"]) for r in account] == [
        ("BP-3501010", 0, 4, 4), ("OF-1012010", 0, 10, 10), ("BP-3501010", 3, 0, 1)]
    card = list(books.part_card("BP-3501010"))
    assert [r["balance"] for r in card if r["book"] == "good"] == [10, 6, 4, 3]
    # From a later date the running balances still count what came before.
    card = list(books.part_card("BP-3501010", date_from=D(2026, 11, 6)))
    assert [(r["date"], r["balance"]) for r in card if r["book"] == "good"] == [("2026-11-06", 4), ("2026-11-11", 3)]
    assert [r["net_sent"] for r in books.account("ZZ01", date_from=D(2026, 11, 10))] == [1]
    assert checks.check_invariants() == []


def test_a_reversal_undoes_exactly_and_only_once(db, actors):
    clerk = actors["clerk"]
    setup_branch(actors["manager"])
    ship = post(clerk, Draft("HQ_SHIP", D(2026, 11, 2), "HQ", "FH-1", lines=[("BP-3501010", 5)]))
    receipt = post(clerk, Draft("HQ_RECEIVE", D(2026, 11, 3), "HQ", "FH-1", reference="FH-1",
                                lines=[DraftLine("BP-3501010", 5, flag=True)]))
    # The shipment has a receipt: it cannot be reversed before the receipt.
    with pytest.raises(Refusal) as refused:
        reverse(clerk, ship.document_id, "录错", D(2026, 11, 9))
    assert refused.value.code == "ledger.has_dependents" and receipt.number in refused.value.facts["dependents"]
    undo = reverse(clerk, receipt.document_id, "到货数量录错", D(2026, 11, 9))
    assert undo.number == "CX-2026-000001"
    assert bal("BP-3501010") == {"good": 0, "bad": 0, "in_transit_in": 5, "in_transit_out": 0,
                                 "owed_to": {}, "owed_by": {}}
    # The original stays as it was posted; the history shows both.
    assert bal("BP-3501010", D(2026, 11, 8))["good"] == 5
    with pytest.raises(Refusal) as refused:
        reverse(clerk, receipt.document_id, "再冲一次", D(2026, 11, 9))
    assert refused.value.code == "ledger.already_reversed"
    with pytest.raises(Refusal) as refused:
        reverse(clerk, undo.document_id, "冲销冲销单", D(2026, 11, 9))
    assert refused.value.code == "ledger.reversal_not_reversible"
    # The reopened shipment can be received again, then the shipment reversed after its receipts.
    again = post(clerk, Draft("HQ_RECEIVE", D(2026, 11, 10), "HQ", "FH-1-B", reference=ship.document_id,
                              lines=[("BP-3501010", 5)]))
    reverse(clerk, again.document_id, "整单退回", D(2026, 11, 11))
    reverse(clerk, ship.document_id, "总部取消发货", D(2026, 11, 11))
    assert bal("BP-3501010") == {"good": 0, "bad": 0, "in_transit_in": 0, "in_transit_out": 0,
                                 "owed_to": {}, "owed_by": {}}
    assert checks.check_invariants() == []
    assert AuditLog.select().where(AuditLog.action == "ledger.reverse").count() == 3


def test_a_back_dated_issue_is_checked_against_every_later_day(db, actors):
    clerk = actors["clerk"]
    setup_branch(actors["manager"])
    post(clerk, Draft("HQ_SHIP", D(2026, 11, 2), "HQ", "FH-2", lines=[("OF-1012010", 10)]))
    post(clerk, Draft("HQ_RECEIVE", D(2026, 11, 3), "HQ", "FH-2", reference="FH-2", lines=[("OF-1012010", 10)]))
    post(clerk, Draft("STATION_ISSUE", D(2026, 11, 20), "ZZ01", "A", lines=[("OF-1012010", 8)]))
    # Today there are 2 on the shelf, and on 11-10 there were 10; but taking 3 on 11-10 would leave
    # the 11-20 issue without stock, so the most that can go on 11-10 is 2.
    with pytest.raises(Refusal) as refused:
        post(clerk, Draft("STATION_ISSUE", D(2026, 11, 10), "LY01", "B", lines=[("OF-1012010", 3)]))
    assert refused.value.code == "ledger.insufficient"
    facts = refused.value.facts
    assert (facts["part"], facts["book"], facts["date"], facts["on_date"], facts["available"], facts["asked"]) == (
        "OF-1012010", "good", "2026-11-10", 10, 2, 3)
    post(clerk, Draft("STATION_ISSUE", D(2026, 11, 10), "LY01", "B", lines=[("OF-1012010", 2)]))
    assert bal("OF-1012010")["good"] == 0
    assert checks.check_invariants() == []


def test_preview_shows_every_book_before_and_after_and_writes_nothing(db, actors):
    clerk = actors["clerk"]
    setup_branch(actors["manager"])
    post(clerk, Draft("HQ_SHIP", D(2026, 11, 2), "HQ", "FH-3", lines=[("HL-4121010", 2)]))
    draft = Draft("HQ_RECEIVE", D(2026, 11, 3), "HQ", "FH-3", reference="FH-3", lines=[DraftLine("HL-4121010", 2, flag=True)])
    before = Posting.select().count()
    effects = {(e.book, e.party_code): (e.before, e.after, e.ok) for e in preview(clerk, draft)}
    assert effects == {("good", None): (0, 2, True), ("in_transit_in", None): (2, 0, True), ("owed_to", "HQ"): (0, 2, True)}
    assert Posting.select().count() == before
    too_many = Draft("STATION_ISSUE", D(2026, 11, 3), "ZZ01", lines=[("HL-4121010", 1)])
    assert [(e.book, e.ok, e.available) for e in preview(clerk, too_many)] == [("good", False, 0)]


def test_the_cache_can_be_rebuilt_from_the_journal_and_a_damaged_cache_is_found(db, actors):
    clerk = actors["clerk"]
    setup_branch(actors["manager"])
    post(clerk, Draft("HQ_SHIP", D(2026, 11, 2), "HQ", "FH-4", lines=[("BP-3501010", 3)]))
    expected = books.balances_at()
    Balance.update(qty=Balance.qty + 1).execute()
    problems = checks.check_invariants()
    assert [p.code for p in problems] == [LEDGER_CHECK_CACHE_MISMATCH] and "BP-3501010" in text(problems[0])
    checks.rebuild_balances()
    assert books.balances_at() == expected and checks.check_invariants() == []


def test_a_numbering_gap_is_reported(db, actors):
    clerk = actors["clerk"]
    setup_branch(actors["manager"])
    for n in range(3):
        post(clerk, Draft("HQ_SHIP", D(2026, 11, 2), "HQ", f"FH-{n}", lines=[("BP-3501010", 1)]))
    assert checks.check_numbering() == []
    Document.update(seq=7).where(Document.number == "ZF-2026-000002").execute()
    found = {(p.code, p.facts.get("missing")) for p in checks.check_numbering()}
    assert (LEDGER_CHECK_NUMBER_GAP, 2) in found and (LEDGER_CHECK_COUNTER_BEHIND, None) in found

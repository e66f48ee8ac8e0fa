"""Every refusal of the parts ledger: the code, the facts a clerk needs, and nothing changed."""
from datetime import date

import pytest

from common.errors import Refusal
from common.models import AuditLog
from ledger import books, checks
from ledger.models import Document, DocumentCounter, Posting
from ledger.posting import Draft, DraftLine, create_part, create_party, post
from ledger.reversal import reverse
from tests.test_ledger_scenarios import setup_branch

D = date


@pytest.fixture
def branch(db, actors):
    """Shelves with 10 brake pads received from HQ (owed back to HQ) and 5 issued to 郑州."""
    setup_branch(actors["manager"])
    clerk = actors["clerk"]
    post(clerk, Draft("HQ_SHIP", D(2026, 11, 2), "HQ", "FH-100", lines=[("BP-3501010", 12), ("OF-1012010", 5)]))
    post(clerk, Draft("HQ_RECEIVE", D(2026, 11, 3), "HQ", "FH-100", reference="FH-100",
                      lines=[DraftLine("BP-3501010", 10, flag=True)]))
    post(clerk, Draft("STATION_ISSUE", D(2026, 11, 4), "ZZ01", "ZZ-1", lines=[DraftLine("BP-3501010", 5, flag=True)]))
    return actors


def refused(actor, draft_or_call) -> Refusal:
    """Post (or call) and return the refusal, checking that nothing at all was written."""
    before = (Document.select().count(), Posting.select().count(), AuditLog.select().count(),
              books.balances_at(), list(DocumentCounter.select().tuples()))
    with pytest.raises(Refusal) as caught:
        draft_or_call() if callable(draft_or_call) else post(actor, draft_or_call)
    after = (Document.select().count(), Posting.select().count(), AuditLog.select().count(),
             books.balances_at(), list(DocumentCounter.select().tuples()))
    assert after == before
    return caught.value


def test_issuing_more_than_on_the_shelf_names_part_book_stock_and_request(branch):
    # One good line and one impossible line: the whole document is refused.
    r = refused(branch["clerk"], Draft("STATION_ISSUE", D(2026, 11, 5), "LY01", lines=[
        ("BP-3501010", 1), ("OF-1012010", 1)]))
    assert (r.code, r.facts["part"], r.facts["book"], r.facts["available"], r.facts["asked"]) == (
        "ledger.insufficient", "OF-1012010", "good", 0, 1)
    r = refused(branch["clerk"], Draft("STATION_ISSUE", D(2026, 11, 5), "LY01", lines=[("BP-3501010", 6)]))
    assert (r.code, r.facts["available"], r.facts["asked"]) == ("ledger.insufficient", 5, 6)


def test_a_return_that_clears_more_than_the_station_owes_is_refused(branch):
    r = refused(branch["clerk"], Draft("STATION_BAD_RETURN", D(2026, 11, 6), "ZZ01", lines=[("BP-3501010", 6)]))
    assert (r.code, r.facts["book"], r.facts["party"], r.facts["available"], r.facts["asked"]) == (
        "ledger.insufficient", "owed_by", "ZZ01", 5, 6)
    # 不抵欠: the bad parts come in without clearing a debt, so any quantity is fine.
    post(branch["clerk"], Draft("STATION_BAD_RETURN", D(2026, 11, 6), "ZZ01", lines=[DraftLine("BP-3501010", 6, flag=False)]))
    r = refused(branch["clerk"], Draft("STATION_BAD_RETURN", D(2026, 11, 6), "LY01", lines=[("BP-3501010", 1)]))
    assert (r.facts["party"], r.facts["available"]) == ("LY01", 0)


def test_a_receipt_beyond_what_is_open_on_the_shipment_is_refused(branch):
    r = refused(branch["clerk"], Draft("HQ_RECEIVE", D(2026, 11, 6), "HQ", "FH-100-2", reference="FH-100",
                                      lines=[("BP-3501010", 3)]))
    assert (r.code, r.facts["part"], r.facts["open"], r.facts["asked"]) == ("ledger.exceeds_open", "BP-3501010", 2, 3)
    r = refused(branch["clerk"], Draft("HQ_RECEIVE", D(2026, 11, 6), "HQ", "FH-100-2", reference="FH-100",
                                      lines=[("HL-4121010", 1)]))
    assert (r.code, r.facts["open"]) == ("ledger.exceeds_open", 0)


def test_the_same_source_document_posts_once(branch):
    r = refused(branch["clerk"], Draft("STATION_ISSUE", D(2026, 11, 5), "ZZ01", "ZZ-1", lines=[("BP-3501010", 1)]))
    assert (r.code, r.facts["source_number"], r.facts["party"]) == ("ledger.already_posted", "ZZ-1", "ZZ01")
    # The same slip number from another station is another document.
    post(branch["clerk"], Draft("STATION_ISSUE", D(2026, 11, 5), "LY01", "ZZ-1", lines=[("BP-3501010", 1)]))


@pytest.mark.parametrize("qty", [0, -1, 1.5, "3", True])
def test_bad_quantities_are_refused_outside_the_adjustments(branch, qty):
    r = refused(branch["clerk"], Draft("STATION_ISSUE", D(2026, 11, 5), "ZZ01", lines=[("OF-1012010", 1), ("BP-3501010", qty)]))
    assert (r.code, r.facts["line"], r.facts["part"]) == ("ledger.bad_quantity", 2, "BP-3501010")


def test_adjustments_take_negative_quantities_with_a_reason_and_only_from_a_manager(branch):
    draft = Draft("ADJUST_GOOD", D(2026, 11, 7), lines=[("BP-3501010", -2)], remark="盘点少 2 套")
    assert refused(branch["clerk"], draft).code == "auth.forbidden"
    assert refused(branch["manager"], Draft("ADJUST_GOOD", D(2026, 11, 7), lines=[("BP-3501010", -2)])).code == \
        "ledger.remark_required"
    assert refused(branch["manager"], Draft("ADJUST_GOOD", D(2026, 11, 7), lines=[("BP-3501010", 0)], remark="x")).code == \
        "ledger.bad_quantity"
    post(branch["manager"], draft)
    assert books.balances_at(None, "BP-3501010")["parts"]["BP-3501010"]["good"] == 3
    r = refused(branch["manager"], Draft("ADJUST_GOOD", D(2026, 11, 7), lines=[("BP-3501010", -4)], remark="再少 4"))
    assert (r.code, r.facts["available"], r.facts["asked"]) == ("ledger.insufficient", 3, 4)


@pytest.mark.parametrize("doc_type,extra", [
    ("SCRAP", {}), ("ADJUST_BAD", {"remark": "盘盈"}), ("TRANSIT_LOSS", {"party": "HQ", "reference": "FH-100"})])
def test_restricted_types_need_a_manager(branch, doc_type, extra):
    r = refused(branch["clerk"], Draft(doc_type, D(2026, 11, 7), lines=[("OF-1012010", 1)], **extra))
    assert (r.code, r.facts["permission"]) == ("auth.forbidden", "parts.post_restricted")


def test_transit_loss_reduces_in_transit_only_up_to_what_is_open(branch):
    manager = branch["manager"]
    r = refused(manager, Draft("TRANSIT_LOSS", D(2026, 11, 7), "HQ", reference="FH-100", lines=[("OF-1012010", 6)]))
    assert (r.code, r.facts["open"]) == ("ledger.exceeds_open", 5)
    post(manager, Draft("TRANSIT_LOSS", D(2026, 11, 7), "HQ", reference="FH-100", lines=[("OF-1012010", 5)], remark="物流丢失"))
    pads = books.balances_at(None, "OF-1012010")["parts"]["OF-1012010"]
    assert (pads["in_transit_in"], pads["good"]) == (0, 0)


def test_wrong_counterparties_and_references_are_refused(branch):
    clerk = branch["clerk"]
    assert refused(clerk, Draft("STATION_ISSUE", D(2026, 11, 5), "XX99", lines=[("BP-3501010", 1)])).code == \
        "ledger.unknown_party"
    assert refused(clerk, Draft("STATION_ISSUE", D(2026, 11, 5), None, lines=[("BP-3501010", 1)])).code == \
        "ledger.party_required"
    r = refused(clerk, Draft("STATION_ISSUE", D(2026, 11, 5), "HQ", lines=[("BP-3501010", 1)]))
    assert (r.code, r.facts["kind"]) == ("ledger.party_wrong_kind", "hq")
    assert refused(clerk, Draft("HQ_RECEIVE", D(2026, 11, 5), "HQ", lines=[("BP-3501010", 1)])).code == \
        "ledger.reference_required"
    assert refused(clerk, Draft("HQ_RECEIVE", D(2026, 11, 5), "HQ", reference="NOPE", lines=[("BP-3501010", 1)])).code == \
        "ledger.unknown_reference"
    assert refused(clerk, Draft("STATION_ISSUE", D(2026, 11, 5), "ZZ01", reference="FH-100",
                                lines=[("BP-3501010", 1)])).code == "ledger.reference_unexpected"
    r = refused(clerk, Draft("HQ_BAD_CONFIRM", D(2026, 11, 5), "HQ", reference="ZF-2026-000001",
                             lines=[("BP-3501010", 1)]))
    assert (r.code, r.facts["found"]) == ("ledger.reference_wrong_type", "HQ_SHIP")
    r = refused(clerk, Draft("HQ_RECEIVE", D(2026, 11, 1), "HQ", reference="FH-100", lines=[("BP-3501010", 1)]))
    assert (r.code, r.facts["reference_date"]) == ("ledger.date_before_reference", "2026-11-02")


def test_dates_in_the_future_unknown_parts_and_empty_documents_are_refused(branch):
    clerk = branch["clerk"]
    assert refused(clerk, Draft("HQ_SHIP", D(2026, 11, 24), "HQ", lines=[("BP-3501010", 1)])).code == "ledger.future_date"
    r = refused(clerk, Draft("HQ_SHIP", D(2026, 11, 5), "HQ", lines=[("BP-3501010", 1), ("NO-SUCH", 1)]))
    assert (r.code, r.facts["line"], r.facts["part"]) == ("ledger.unknown_part", 2, "NO-SUCH")
    assert refused(clerk, Draft("HQ_SHIP", D(2026, 11, 5), "HQ", lines=[])).code == "ledger.no_lines"
    assert refused(clerk, Draft("FOO", D(2026, 11, 5), "HQ", lines=[("BP-3501010", 1)])).code == "ledger.unknown_type"


def test_full_width_and_padded_part_numbers_are_normalised(branch):
    result = post(branch["clerk"], Draft("总部发货", D(2026, 11, 5), " ＨＱ ", lines=[(" ＢＰ-３５０１０１０ ", 2)]))
    assert result.doc_type == "HQ_SHIP"
    assert books.balances_at(None, "BP-3501010")["parts"]["BP-3501010"]["in_transit_in"] == 4


def test_a_refused_posting_leaves_no_gap_in_the_numbers(branch):
    clerk = branch["clerk"]
    refused(clerk, Draft("STATION_ISSUE", D(2026, 11, 5), "LY01", lines=[("BP-3501010", 99)]))
    assert post(clerk, Draft("STATION_ISSUE", D(2026, 11, 5), "LY01", lines=[("BP-3501010", 1)])).number == \
        "FF-2026-000002"
    assert checks.check_invariants() == []


def test_reversal_refusals(branch):
    clerk = branch["clerk"]
    issue = Document.get(Document.source_number == "ZZ-1")
    assert refused(clerk, lambda: reverse(clerk, 99999)).code == "ledger.unknown_document"
    assert refused(clerk, lambda: reverse(clerk, issue.id, "x", D(2026, 11, 3))).code == "ledger.date_before_reference"
    # Reversing the receipt would take back pads that already went to 郑州.
    receipt = Document.get(Document.doc_type == "HQ_RECEIVE")
    r = refused(clerk, lambda: reverse(clerk, receipt.id, "x", D(2026, 11, 6)))
    assert (r.code, r.facts["book"], r.facts["available"], r.facts["asked"]) == ("ledger.insufficient", "good", 5, 10)
    # A clerk cannot reverse a manager-only document.
    scrap_setup = post(branch["manager"], Draft("ADJUST_BAD", D(2026, 11, 6), lines=[("BP-3501010", 2)], remark="盘盈"))
    assert refused(clerk, lambda: reverse(clerk, scrap_setup.document_id)).code == "auth.forbidden"
    undo = reverse(clerk, issue.id, "发错站", D(2026, 11, 6))
    assert refused(clerk, lambda: reverse(clerk, issue.id)).code == "ledger.already_reversed"
    assert refused(clerk, lambda: reverse(clerk, undo.document_id)).code == "ledger.reversal_not_reversible"
    # A reversed document can no longer be referenced.
    ship = Document.get(Document.doc_type == "HQ_SHIP")
    reverse(clerk, receipt.id, "到货录错", D(2026, 11, 7))
    reverse(clerk, ship.id, "取消", D(2026, 11, 7))
    r = refused(clerk, Draft("HQ_RECEIVE", D(2026, 11, 8), "HQ", reference=ship.id, lines=[("BP-3501010", 1)]))
    assert r.code == "ledger.reference_reversed"


def test_master_data_refusals(db, actors):
    manager = actors["manager"]
    create_party(manager, "HQ", "客服本部", "hq")
    assert refused(manager, lambda: create_party(manager, "HQ", "另一个本部", "hq")).code == "ledger.party_exists"
    assert refused(manager, lambda: create_party(manager, "X1", "某单位", "bank")).code == "ledger.party_unknown_kind"
    part = create_part(manager, "SP-001", "火花塞", "铱金", "支", 4500, 8)
    assert part.name_initials == "hhs"
    assert refused(manager, lambda: create_part(manager, " SP-001 ", "火花塞", price_fen=1)).code == "ledger.part_exists"
    assert refused(manager, lambda: create_part(manager, "SP-002", "火花塞", price_fen=12.5)).code == "ledger.part_bad_number"
    assert refused(actors["finance"], lambda: create_part(actors["finance"], "SP-003", "雨刮片")).code == "auth.forbidden"


def test_every_ledger_refusal_has_a_chinese_sentence_naming_the_facts(branch):
    import re
    from pathlib import Path

    from common.messages import is_defined
    from ledger import texts
    from ui.messages import refusal_text

    source = "".join(p.read_text(encoding="utf-8") for p in Path("ledger").glob("*.py"))
    names = set(re.findall(r"Refusal\(\s*(LEDGER_[A-Z_]+)\b", source))
    assert len(names) > 25 and all(is_defined(getattr(texts, name)) for name in names), names
    r = refused(branch["clerk"], Draft("STATION_BAD_RETURN", D(2026, 11, 6), "ZZ01", lines=[("BP-3501010", 6)]))
    text = refusal_text(r)
    assert all(fact in text for fact in ("BP-3501010", "前刹车片", "人欠坏件", "ZZ01", "5", "6")), text
    assert "{" not in text

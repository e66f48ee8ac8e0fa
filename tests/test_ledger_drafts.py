"""Drafts, reversal reasons and what a receipt or a return can settle, on SQLite and PostgreSQL.

A clerk keys half a delivery, saves it as a draft and finishes it later; the draft never touches
the books. A reversal without a reason is refused, and its preview says what it would change."""
from datetime import date

import pytest

from common.errors import Refusal
from ledger import books
from ledger.drafts import SavedDraft, SavedDraftLine, discard_draft, draft_count, drafts, load_draft, post_draft, save_draft
from ledger.models import Document, Posting
from ledger.posting import Draft, DraftLine, post
from ledger.reversal import reversal_preview, reverse
from tests.test_ledger_refusals import refused
from tests.test_ledger_scenarios import setup_branch

D = date


@pytest.fixture
def branch(db, actors):
    setup_branch(actors["manager"])
    clerk = actors["clerk"]
    ship = post(clerk, Draft("HQ_SHIP", D(2026, 11, 2), "HQ", "FH-100", lines=[("BP-3501010", 12), ("OF-1012010", 5)]))
    return actors, ship


def test_a_saved_draft_keeps_everything_and_touches_no_book(branch):
    actors, ship = branch
    clerk = actors["clerk"]
    before = (books.balances_at(), Document.select().count(), Posting.select().count())
    draft = Draft("HQ_RECEIVE", D(2026, 11, 20), "HQ", "FH-100", "FH-100", "先到一半",
                  [DraftLine("BP-3501010", 6, None, True), DraftLine("OF-1012010", 5, 3000, True)])
    draft_id = save_draft(clerk, draft)
    assert (books.balances_at(), Document.select().count(), Posting.select().count()) == before
    loaded = load_draft(draft_id)
    assert loaded.draft.doc_type == "HQ_RECEIVE" and loaded.draft.date == D(2026, 11, 20)
    assert loaded.draft.party == "HQ" and loaded.draft.reference == "FH-100" and loaded.draft.remark == "先到一半"
    assert [(l.part_number, l.qty, l.price_fen, l.flag) for l in loaded.draft.lines] == [
        ("BP-3501010", 6, 18500, True), ("OF-1012010", 5, 3000, True)]
    assert loaded.saved_by == "王丽" and draft_count("HQ_RECEIVE") == 1 and draft_count("STATION_ISSUE") == 0
    listed = list(drafts("HQ_RECEIVE").dicts())
    assert [(r["id"], r["party_code"], r["line_count"]) for r in listed] == [(draft_id, "HQ", 2)]
    # Saving again replaces the lines of the same draft.
    draft.lines = [DraftLine("BP-3501010", 12, None, True)]
    assert save_draft(clerk, draft, draft_id) == draft_id
    assert [(l.part_number, l.qty) for l in load_draft(draft_id).draft.lines] == [("BP-3501010", 12)]
    assert SavedDraftLine.select().count() == 1


def test_posting_a_draft_deletes_it_in_the_same_transaction_and_only_once(branch):
    actors, ship = branch
    clerk = actors["clerk"]
    draft = Draft("HQ_RECEIVE", D(2026, 11, 20), "HQ", "FH-100", ship.number, lines=[DraftLine("BP-3501010", 12)])
    draft_id = save_draft(clerk, draft)
    result = post_draft(clerk, draft, draft_id)
    assert result.number == "ZD-2026-000001" and load_draft(draft_id) is None
    assert books.balances_at(None, "BP-3501010")["parts"]["BP-3501010"]["good"] == 12
    # Posted from another PC meanwhile: the same draft does not post twice.
    again = Draft("STATION_ISSUE", D(2026, 11, 20), "ZZ01", "ZZ-9", lines=[DraftLine("BP-3501010", 1)])
    assert refused(clerk, lambda: post_draft(clerk, again, draft_id)).code == "ledger.draft_gone"


def test_a_refused_posting_keeps_the_draft(branch):
    actors, _ = branch
    clerk = actors["clerk"]
    draft = Draft("STATION_ISSUE", D(2026, 11, 20), "ZZ01", "ZZ-1", lines=[DraftLine("BP-3501010", 3)])
    draft_id = save_draft(clerk, draft)
    assert refused(clerk, lambda: post_draft(clerk, draft, draft_id)).code == "ledger.insufficient"
    assert load_draft(draft_id) is not None


def test_drafts_are_refused_for_what_cannot_be_kept_and_can_be_discarded(branch):
    actors, _ = branch
    clerk, finance = actors["clerk"], actors["finance"]
    with pytest.raises(Refusal) as caught:
        save_draft(clerk, Draft("HQ_RECEIVE", D(2026, 11, 20), "HQ", lines=[("NO-SUCH", 1)]))
    assert caught.value.code == "ledger.unknown_part"
    with pytest.raises(Refusal) as caught:
        save_draft(clerk, Draft("HQ_RECEIVE", D(2026, 11, 20), "NOBODY", lines=[("BP-3501010", 1)]))
    assert caught.value.code == "ledger.unknown_party"
    with pytest.raises(Refusal) as caught:
        save_draft(finance, Draft("HQ_RECEIVE", D(2026, 11, 20), "HQ", lines=[("BP-3501010", 1)]))
    assert caught.value.code == "auth.forbidden"
    draft_id = save_draft(clerk, Draft("SCRAP", D(2026, 11, 20), lines=[("BP-3501010", 1)]))
    discard_draft(clerk, draft_id)
    assert SavedDraft.select().count() == 0 and SavedDraftLine.select().count() == 0
    with pytest.raises(Refusal) as caught:
        discard_draft(clerk, draft_id)
    assert caught.value.code == "ledger.draft_gone"


def test_a_reversal_needs_a_reason_and_its_preview_names_every_book(branch):
    actors, ship = branch
    clerk = actors["clerk"]
    receipt = post(clerk, Draft("HQ_RECEIVE", D(2026, 11, 3), "HQ", "FH-100", reference=ship.document_id,
                                lines=[DraftLine("BP-3501010", 10, flag=True)]))
    for reason in ("", "   ", "\u3000"):
        r = refused(clerk, lambda: reverse(clerk, receipt.document_id, reason))
        assert r.code == "ledger.reversal_reason_required" and r.facts["document"] == receipt.number
    effects = {(e.part_number, e.book, e.party_code): (e.before, e.delta, e.after, e.ok)
               for e in reversal_preview(clerk, receipt.document_id)}
    assert effects == {("BP-3501010", "good", None): (10, -10, 0, True),
                       ("BP-3501010", "in_transit_in", None): (2, 10, 12, True),
                       ("BP-3501010", "owed_to", "HQ"): (10, -10, 0, True)}
    assert Document.select().count() == 2  # the preview wrote nothing
    with pytest.raises(Refusal) as caught:
        reversal_preview(clerk, ship.document_id)
    assert caught.value.code == "ledger.has_dependents"
    reverse(clerk, receipt.document_id, "数量录错")
    assert books.balances_at(None, "BP-3501010")["parts"]["BP-3501010"]["in_transit_in"] == 12


def test_open_shipments_lines_and_what_a_station_owes(branch):
    actors, ship = branch
    clerk = actors["clerk"]
    post(clerk, Draft("HQ_RECEIVE", D(2026, 11, 3), "HQ", "FH-100", reference=ship.document_id,
                      lines=[DraftLine("BP-3501010", 12, flag=True)]))
    other = post(clerk, Draft("HQ_SHIP", D(2026, 11, 5), "HQ", "FH-200", lines=[("OF-1012010", 7)]))
    shipments = books.open_shipments(("HQ_SHIP",), D(2026, 11, 23))
    assert [(s["number"], s["source_number"], s["open_lines"], s["open_qty"]) for s in shipments] == [
        (ship.number, "FH-100", 1, 5), (other.number, "FH-200", 1, 7)]
    assert [(l["part_number"], l["qty"]) for l in books.open_lines(ship.document_id)] == [("OF-1012010", 5)]
    post(clerk, Draft("STATION_ISSUE", D(2026, 11, 6), "ZZ01", "ZZ-1", lines=[DraftLine("BP-3501010", 4, flag=True)]))
    assert [(l["part_number"], l["qty"]) for l in books.owed_by_party("ZZ01")] == [("BP-3501010", 4)]
    assert books.owed_by_party("NOBODY") == []

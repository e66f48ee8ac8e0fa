"""The queries and master-data edits the 备件 page adds to ledger.books, on SQLite and PostgreSQL."""
from datetime import date

import pytest

from common.errors import Refusal
from common.models import AuditLog
from ledger import books
from ledger.models import Party, Part
from ledger.posting import Draft, DraftLine, create_part, create_party, post
from ledger.reversal import reverse

D = date


def setup_branch(actor):
    create_party(actor, "HQ", "客服本部", "hq", "刘科长", "0371-66881234")
    create_party(actor, "ZZ01", "郑州金水服务站", "station", "李强", "13803710001")
    create_part(actor, "BP-3501010", "前刹车片", "陶瓷", "套", 18500, 5)
    create_part(actor, "OF-1012010", "机油滤清器", "M20", "个", 3200, 20)


def test_documents_list_newest_first_with_reference_and_reversal(db, actors):
    clerk = actors["clerk"]
    setup_branch(actors["manager"])
    ship = post(clerk, Draft("HQ_SHIP", D(2026, 11, 2), "HQ", "FH-1", lines=[("BP-3501010", 10), ("OF-1012010", 4)]))
    receive = post(clerk, Draft("HQ_RECEIVE", D(2026, 11, 4), "HQ", "FH-1", reference=ship.document_id,
                                lines=[("BP-3501010", 6)]))
    reversal = reverse(clerk, receive.document_id, "数量录错")
    rows = list(books.documents().dicts())
    assert [r["number"] for r in rows] == [reversal.number, receive.number, ship.number]
    by_number = {r["number"]: r for r in rows}
    assert by_number[receive.number]["reference_number"] == ship.number
    assert by_number[receive.number]["reversed_by"] == reversal.number
    assert by_number[ship.number]["line_count"] == 2 and by_number[ship.number]["party_code"] == "HQ"
    assert by_number[ship.number]["created_by_name"] == "王丽"
    assert [r["number"] for r in books.documents(doc_type="HQ_SHIP").dicts()] == [ship.number]
    assert [r["number"] for r in books.documents(date_from=D(2026, 11, 3), date_to=D(2026, 11, 4)).dicts()] == [
        receive.number]
    assert [r["number"] for r in books.documents(number="FH-1", doc_type="HQ_RECEIVE").dicts()] == [receive.number]
    assert list(books.documents(party_code="ZZ01").dicts()) == []


def test_document_detail_shows_lines_effects_and_both_directions_of_reference(db, actors):
    clerk = actors["clerk"]
    setup_branch(actors["manager"])
    ship = post(clerk, Draft("HQ_SHIP", D(2026, 11, 2), "HQ", "FH-1", lines=[("BP-3501010", 10)]))
    receive = post(clerk, Draft("HQ_RECEIVE", D(2026, 11, 4), "HQ", "FH-1", reference=ship.document_id,
                                lines=[DraftLine("BP-3501010", 6, flag=True)]))
    detail = books.document_detail(receive.document_id)
    assert detail["reference"]["number"] == ship.number and detail["reversed_by"] is None
    assert detail["lines"] == [{"line_no": 1, "part_number": "BP-3501010", "part_name": "前刹车片", "unit": "套",
                                "qty": 6, "price_fen": 18500, "amount_fen": 111000, "flag": True, "remark": ""}]
    assert sorted((e["book"], e["delta"], e["party_code"]) for e in detail["effects"]) == [
        ("good", 6, "HQ"), ("in_transit_in", -6, "HQ"), ("owed_to", 6, "HQ")]
    assert detail["created_by"] == "王丽" and detail["date"] == D(2026, 11, 4)
    reversal = reverse(clerk, receive.document_id, "数量录错")
    assert books.document_detail(receive.document_id)["reversed_by"]["number"] == reversal.number
    assert [d["number"] for d in books.document_detail(ship.document_id)["referenced_by"]] == [receive.number]
    assert books.document_detail(reversal.document_id)["reference"]["number"] == receive.number
    assert books.document_detail(999999) is None


def test_find_parts_by_number_name_and_pinyin_initials(db, actors):
    setup_branch(actors["manager"])
    assert [p.number for p in books.find_parts(" BP-3501010 ")] == ["BP-3501010"]
    assert [p.number for p in books.find_parts("qscp")] == ["BP-3501010"]
    assert [p.number for p in books.find_parts("滤清")] == ["OF-1012010"]
    assert [p.number for p in books.find_parts("10")] == ["BP-3501010", "OF-1012010"]
    assert list(books.find_parts("")) == []
    assert [p.code for p in books.party_choices({"station"})] == ["ZZ01"]


def test_editing_a_part_keeps_its_number_and_refreshes_the_initials(db, actors):
    clerk = actors["clerk"]
    setup_branch(clerk)
    books.update_part(clerk, "BP-3501010", name="后刹车片", safety_stock=8, price_fen=19000)
    part = Part.get(Part.number == "BP-3501010")
    assert (part.name, part.safety_stock, part.price_fen, part.name_initials) == ("后刹车片", 8, 19000, "hscp")
    with pytest.raises(Refusal) as refused:
        books.update_part(clerk, "BP-3501010", safety_stock=-1)
    assert refused.value.code == "ledger.part_bad_number"
    assert Part.get(Part.number == "BP-3501010").safety_stock == 8
    with pytest.raises(Refusal) as refused:
        books.update_part(clerk, "NOPE", name="x")
    assert refused.value.code == "ledger.unknown_part"
    with pytest.raises(Refusal) as refused:
        books.update_part(actors["finance"], "BP-3501010", name="x")
    assert refused.value.code == "auth.forbidden"


def test_editing_a_party_can_deactivate_it_and_audits_no_personal_values(db, actors):
    clerk = actors["clerk"]
    setup_branch(clerk)
    books.update_party(clerk, "ZZ01", contact="张三", phone="１３８００００００００", active=False)
    party = Party.get(Party.code == "ZZ01")
    assert (party.contact, party.phone, party.active) == ("张三", "13800000000", False)
    assert [p.code for p in books.party_choices()] == ["HQ"]
    entry = AuditLog.select().where(AuditLog.action == "ledger.party_update").get()
    assert "张三" not in entry.detail and "13800000000" not in entry.detail
    with pytest.raises(Refusal) as refused:
        books.update_party(clerk, "ZZ01", kind="planet")
    assert refused.value.code == "ledger.party_unknown_kind"
    with pytest.raises(Refusal) as refused:
        post(clerk, Draft("STATION_ISSUE", D(2026, 11, 5), "ZZ01", lines=[("BP-3501010", 1)]))
    assert refused.value.code == "ledger.party_inactive"

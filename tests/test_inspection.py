"""Goods arriving from a station: what was in the box, what was wrong, chased until closed; the
serial numbers of whole units and monitors; and what to request from HQ."""
from datetime import date

import openpyxl
import pytest

from common.errors import Refusal
from ledger import inspection, reorder, serials
from ledger.inspection import ArrivalLine
from ledger.posting import Draft, create_part, post
from tests.test_ledger_scenarios import setup_branch

D = date
JPEG = b"\xff\xd8\xff\xe0" + b"\x00" * 2000


def test_arrival_with_anomalies_photos_and_follow_up(db, actors):
    clerk, manager = actors["clerk"], actors["manager"]
    setup_branch(manager)
    create_part(manager, "NB-X15", "整机 X15", unit="台")
    result = inspection.record_inspection(
        clerk, "ZZ01", D(2026, 11, 22), [
            ArrivalLine("HL-4121010", 2, anomalies=[("变形", "左灯外壳压扁")]),
            ArrivalLine("BP-3501010", 4, qty_found=3),
            ArrivalLine("NB-X15", 1, anomalies=[("屏划伤", "")], serials=["sn-00１23"], serial_kind="unit"),
        ], delivery_list_no="JXS-FH-0088", request_no="THH-2026-17", package_ok=False,
        package_note="用公司彩页做填充物", opened_with="物流 张师傅")
    # The short line got a 缺件 follow-up though the clerk did not tick it.
    assert (result.anomalies_opened, result.serials_recorded) == (3, 1)
    kinds = sorted(a.kind for a in inspection.open_anomalies())
    assert kinds == ["变形", "屏划伤", "缺件"] and inspection.count_open_anomalies() == 3

    dent = inspection.Anomaly.get(inspection.Anomaly.kind == "变形")
    photo_id = inspection.add_photo(clerk, result.inspection_id, "dent.jpg", JPEG, dent.id)
    assert bytes(inspection.Photo.get_by_id(photo_id).content) == JPEG
    with pytest.raises(Refusal) as caught:
        inspection.add_photo(clerk, result.inspection_id, "x.exe", b"MZ\x90\x00")
    assert caught.value.code == "inspection.not_a_picture"

    inspection.add_note(clerk, dent.id, "已电话联系李强，服务站同意换货")
    with pytest.raises(Refusal) as caught:
        inspection.close_anomaly(clerk, dent.id, "")
    assert caught.value.code == "inspection.resolution_required"
    inspection.close_anomaly(clerk, dent.id, "服务站已补发新灯")
    assert inspection.count_open_anomalies() == 2
    with pytest.raises(Refusal) as caught:
        inspection.add_note(clerk, dent.id, "again")
    assert caught.value.code == "inspection.anomaly_closed"


def test_unknown_anomaly_kind_refuses_the_whole_inspection(db, actors):
    clerk, manager = actors["clerk"], actors["manager"]
    setup_branch(manager)
    with pytest.raises(Refusal) as caught:
        inspection.record_inspection(clerk, "ZZ01", D(2026, 11, 22), [
            ArrivalLine("BP-3501010", 1, anomalies=[("变形", "")]),
            ArrivalLine("HL-4121010", 1, anomalies=[("生锈", "")])])
    assert caught.value.code == "inspection.unknown_anomaly" and caught.value.facts["kind"] == "生锈"
    assert inspection.Inspection.select().count() == 0 and inspection.Anomaly.select().count() == 0


def test_serials_are_searchable_with_history(db, actors):
    clerk, manager = actors["clerk"], actors["manager"]
    setup_branch(manager)
    create_part(manager, "MON-27", "显示器 27寸", unit="台")
    serials.record_serials(clerk, "monitor", ["MN27A001", "mn27a002"], D(2026, 11, 2), part_number="MON-27",
                           party_code="HQ")
    serials.record_serials(clerk, "monitor", ["MN27A002"], D(2026, 11, 9), event="issued", party_code="ZZ01")
    found = list(serials.search("27a00").dicts())
    assert [(r["serial"], r["last_event"], r["last_party"]) for r in found] == [
        ("MN27A001", "received", "HQ"), ("MN27A002", "issued", "ZZ01")]
    assert [(e.event, e.party.code) for e in serials.history("mn27a002")] == [("received", "HQ"), ("issued", "ZZ01")]
    with pytest.raises(Refusal) as caught:
        serials.record_serials(clerk, "monitor", ["X1", "x1"], D(2026, 11, 9))
    assert caught.value.code == "serials.repeated" and caught.value.facts["serial"] == "X1"
    with pytest.raises(Refusal) as caught:
        serials.record_serials(clerk, "unit", ["MN27A001"], D(2026, 11, 9))
    assert caught.value.code == "serials.kind_mismatch"
    assert serials.Serial.select().count() == 2


def test_reorder_suggests_topping_up_to_safety_stock_counting_transit(db, actors, tmp_path):
    clerk, manager = actors["clerk"], actors["manager"]
    setup_branch(manager)  # safety stock: brake pads 5, oil filters 20, headlamp 1
    post(clerk, Draft("HQ_SHIP", D(2026, 11, 2), "HQ", "FH-1", lines=[("OF-1012010", 8), ("BP-3501010", 5)]))
    post(clerk, Draft("HQ_RECEIVE", D(2026, 11, 3), "HQ", "FH-1", reference="FH-1", lines=[("BP-3501010", 5)]))
    wanted = {s.part_number: s.suggested for s in reorder.suggestions()}
    assert wanted == {"OF-1012010": 12, "HL-4121010": 1}
    assert reorder.count_below_safety() == 2
    reorder.set_safety_stock(manager, "HL-4121010", 0)
    out = tmp_path / "request.xlsx"
    assert reorder.write_request(clerk, out) == 1
    sheet = openpyxl.load_workbook(out)["备件申请"]
    assert [c.value for c in sheet[2]][:8] == ["OF-1012010", "机油滤清器", "M20x1.5", "个", 20, 0, 8, 12]

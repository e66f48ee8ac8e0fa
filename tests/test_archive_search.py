"""One search box: whatever the customer says on the phone finds the vehicle, boxed or not."""
import random
import re
from datetime import date

import pytest

from archive import demo, files, search, validate
from archive.models import Vehicle
from common.db import is_sqlite

VIN_A = validate.with_check_digit("LFV2A21K0G3012345")
VIN_B = validate.with_check_digit("LSVAB41Z0H2067890")
VIN_OLD = validate.with_check_digit("LGBH52E00DY054321")


# The actor the helpers search as (search reads as an actor with archive.read): set by ``branch``.
READER: dict = {}


@pytest.fixture
def branch(actors):
    clerk = READER["actor"] = actors["clerk"]
    zhang = files.create_customer(clerk, kind="person", name="张伟", id_number="11010519491231002X",
                                  phone="13803711234")
    zeng = files.create_customer(clerk, kind="person", name="曾丽", phone="0371-65559876")
    fleet = files.create_customer(clerk, kind="company", name="郑州宏达物流有限公司", phone="13912345678")
    files.register_vehicle(clerk, zhang.id, vin=VIN_A, plate="豫A·D12345", delivery_date=date(2026, 3, 2),
                           responsible="李明")
    files.register_vehicle(clerk, zeng.id, vin=VIN_B, plate="鄂A88K66", delivery_date=date(2024, 6, 3),
                           responsible="王强")
    files.register_vehicle(clerk, fleet.id, vin=VIN_OLD, plate="豫A12345D", delivery_date=date(2019, 5, 6),
                           responsible="王强")
    files.add_repair_visit(clerk, VIN_B, visit_date=date(2026, 10, 8), ro_number="RO1", mileage_km=30000,
                           amount_fen=50000, responsible="刘洋")
    files.pack_vehicles(clerk, "2026-007", [VIN_OLD])
    files.seal_box(clerk, "2026-007")
    return {"zhang": zhang, "zeng": zeng, "fleet": fleet}


def found(text, **kwargs):
    return [(hit.matched, hit.vin) for hit in search.search(READER["actor"], text, **kwargs)]


def vins(text, **kwargs):
    return {hit.vin for hit in search.search(READER["actor"], text, **kwargs)}


def test_full_vin_typed_any_way(branch):
    assert found(VIN_A) == [("vin", VIN_A)]
    assert found(" " + VIN_A.lower()) == [("vin", VIN_A)]
    assert found("".join(chr(ord(c) + 0xFEE0) for c in VIN_A)) == [("vin", VIN_A)]  # full-width IME input


@pytest.mark.parametrize("length", [6, 7, 8])
def test_last_6_to_8_characters_of_the_vin(branch, length):
    assert ("vin_suffix", VIN_B) in found(VIN_B[-length:])
    assert VIN_A not in vins(VIN_B[-length:])


@pytest.mark.parametrize("typed", ["豫A·D12345", "豫AD12345", "AD12345", "ad123", "豫ａｄ１２"])
def test_plate_with_or_without_province(branch, typed):
    assert VIN_A in vins(typed)
    assert VIN_OLD not in vins(typed) and VIN_B not in vins(typed)


def test_end_of_a_plate(branch):
    assert vins("K66") == {VIN_B}
    assert ("plate_suffix", VIN_OLD) in found("345D")


@pytest.mark.parametrize("typed", ["张伟", "张", "zhangwei", "zhangw", "ZW", "zw"])
def test_name_in_hanzi_pinyin_or_initials(branch, typed):
    assert VIN_A in vins(typed)


def test_surname_heteronym_and_company_name(branch):
    assert vins("zengli") == {VIN_B}  # 曾 read as a surname
    assert vins("郑州宏达") == {VIN_OLD}
    assert vins("zzhd") == {VIN_OLD}


@pytest.mark.parametrize("typed, vin", [("1234", VIN_A), ("13803711234", VIN_A), ("138 0371", VIN_A),
                                         ("9876", VIN_B), ("0371-65559876", VIN_B), ("5678", VIN_OLD)])
def test_phone_end_or_whole_number(branch, typed, vin):
    assert vin in vins(typed)


def test_archive_number(branch):
    number = branch["zeng"].archive_number
    assert ("archive_number", VIN_B) in found(number)
    assert ("archive_number", VIN_B) in found(str(branch["zeng"].id))  # without the leading zeros


def test_boxed_files_are_found_and_name_their_box(branch):
    by_box = search.search(READER["actor"], "2026-007")
    assert [(h.matched, h.vin, h.box_number) for h in by_box] == [("box", VIN_OLD, "2026-007")]
    by_vin = search.search(READER["actor"], VIN_OLD[-6:])
    assert [h.box_number for h in by_vin if h.vin == VIN_OLD] == ["2026-007"]
    assert Vehicle.get(Vehicle.vin == VIN_OLD).box is not None


def test_date_range_on_deliveries_and_visits(branch):
    assert vins("", date_from=date(2026, 1, 1), date_to=date(2026, 12, 31)) == {VIN_A, VIN_B}  # B visited in 2026
    assert vins("", date_from=date(2019, 1, 1), date_to=date(2019, 12, 31)) == {VIN_OLD}
    assert vins("wangqiang") == set() and vins("豫", date_from=date(2026, 1, 1)) == set()
    assert vins("zw", date_from=date(2026, 1, 1)) == {VIN_A}
    assert vins("zw", date_to=date(2025, 1, 1)) == set()


def test_a_customer_without_a_vehicle_is_found_too(actors, branch):
    files.create_customer(actors["clerk"], kind="person", name="欧阳娜", phone="13700001111")
    hits = search.search(actors["clerk"], "oyn")
    assert [(h.customer_name, h.vehicle_id) for h in hits] == [("欧阳娜", None)]


def test_limit_is_respected(branch):
    assert len(search.search(READER["actor"], "1", limit=1)) == 1
    assert search.search(READER["actor"], "   ") == []


def test_a_role_without_archive_read_is_refused_by_the_search_itself(branch, actors, monkeypatch):
    from common import auth
    from common.errors import Refusal

    assert search.search(actors["finance"], "zw")  # every role reads the archive today
    # A narrower role later changes one place: the permission, not every caller of the search.
    monkeypatch.setitem(auth.PERMISSIONS, "archive.read", frozenset({"clerk", "manager"}))
    with pytest.raises(Refusal) as refused:
        search.search(actors["finance"], "zw")
    assert (refused.value.code, refused.value.facts["permission"]) == ("auth.forbidden", "archive.read")
    assert search.search(actors["clerk"], "zw")


# SQLite names tables by their query alias (t1...): any plain SCAN of a table is a full scan.
_FULL_SCAN_SQLITE = re.compile(r"^SCAN \S+(?!\S)(?! USING (COVERING )?INDEX)")


@pytest.mark.parametrize("typed", ["LFV2A21K0G3012345", "012345", "豫AD123", "AD123", "345D", "张", "zhangw", "zw",
                                   "1234", "13803711234", "000012", "2026-001"])
def test_every_reading_is_answered_from_an_index(db, actors, typed):
    demo.populate(actors["manager"], random.Random(7), date(2025, 11, 1), date(2026, 11, 1), scale=0.05)
    database = Vehicle._meta.database
    with database.atomic():
        if not is_sqlite():
            # Tiny test tables make a sequential scan cheapest; forbid it to see whether an index *can* serve.
            database.execute_sql("SET LOCAL enable_seqscan = off")
        plans = search.query_plans(typed, date_from=date(2025, 1, 1))
    assert plans
    for matched, plan in plans.items():
        for line in plan.splitlines():
            line = line.strip().lstrip("->").strip()
            assert not _FULL_SCAN_SQLITE.match(line), f"{typed} as {matched}: {plan}"
            assert not re.match(r"Seq Scan on (vehicle|customer|repair_visit)\b", line), f"{typed} as {matched}: {plan}"

"""A clerk's archive day: customers, vehicles with their two files, checklists, handovers, the
overdue list, the holiday calendar and boxes. Runs on SQLite and PostgreSQL."""
from datetime import date

import pytest

from archive import files, validate, workdays
from archive.models import (
    MISSING, ORIGINAL, SALES_CHECKLIST, ArchiveBox, Customer, RepairVisit, SalesChecklistItem, SalesFile, Vehicle,
)
from common.errors import Refusal, RefusalList
from common.models import AuditLog

VIN_A = validate.with_check_digit("LFV2A21K0G3000001")
VIN_B = validate.with_check_digit("LSVAB41Z0H2000002")
VIN_OLD = validate.with_check_digit("LGBH52E00DY000003")


def refused(call, *args, **kwargs) -> Refusal:
    with pytest.raises(Refusal) as info:
        call(*args, **kwargs)
    return info.value


def customer(actor, name="张伟", id_number="11010519491231002X", phone="13803711234"):
    return files.create_customer(actor, kind="person", name=name, id_number=id_number, phone=phone, address="郑州市金水路1号")


def test_new_customer_gets_the_archive_number_that_follows_its_id(actors):
    first = customer(actors["clerk"])
    second = files.create_customer(actors["clerk"], kind="company", name="郑州宏达物流有限公司",
                                   id_number="91110000600037341L", phone="0371-65551234")
    assert first.archive_number == files.archive_number_for(first.id)
    assert second.archive_number == files.archive_number_for(second.id) != first.archive_number
    assert second.name_initials == "zzhdwlyxgs" and second.phone == "0371-65551234"
    detail = AuditLog.get((AuditLog.action == "archive.customer_create") & (AuditLog.entity_id == str(first.id))).detail
    assert "11010519491231002X" not in detail and "13803711234" not in detail


def test_same_id_number_twice_names_the_customer_who_has_it(actors):
    first = customer(actors["clerk"])
    refusal = refused(customer, actors["clerk"], name="张卫")
    assert refusal.code == "archive.id_number_duplicate"
    assert refusal.facts["customer"] == "张伟" and refusal.facts["archive_number"] == first.archive_number
    assert Customer.select().count() == 1


def test_update_customer_recomputes_search_keys(actors):
    person = customer(actors["clerk"])
    updated = files.update_customer(actors["clerk"], person.id, name="曾伟", phone="")
    assert updated.name_pinyin == "zengwei" and updated.phone is None and updated.phone_reversed is None


def test_registering_a_vehicle_opens_its_sales_file_with_every_paper_missing(actors):
    owner = customer(actors["clerk"])
    registered = files.register_vehicle(actors["clerk"], owner.id, vin=VIN_A.lower(), plate="豫A·D12345",
                                        delivery_date=date(2026, 11, 20), responsible="李明", model="速腾")
    assert registered.warnings == ()
    vehicle = Vehicle.get_by_id(registered.vehicle_id)
    assert (vehicle.vin, vehicle.plate, vehicle.plate_search) == (VIN_A, "豫AD12345", "AD12345")
    assert vehicle.warranty_until == date(2029, 11, 20)
    items = SalesChecklistItem.select().where(SalesChecklistItem.sales_file == registered.sales_file_id)
    assert sorted(i.item for i in items) == sorted(SALES_CHECKLIST) and {i.state for i in items} == {MISSING}
    # Friday delivery: Monday and Tuesday are the two working days.
    assert registered.handover_due == date(2026, 11, 24)


def test_a_vin_with_a_wrong_check_digit_is_kept_with_a_warning(actors):
    owner = customer(actors["clerk"])
    wrong = VIN_A[:8] + ("1" if VIN_A[8] != "1" else "2") + VIN_A[9:]
    registered = files.register_vehicle(actors["clerk"], owner.id, vin=wrong, delivery_date=date(2026, 11, 2),
                                        responsible="李明")
    assert [w.code for w in registered.warnings] == ["archive.vin_check_digit"]
    assert Vehicle.select().where(Vehicle.vin == wrong).exists()


def test_duplicate_vin_is_refused_and_nothing_is_written(actors):
    owner = customer(actors["clerk"])
    other = customer(actors["clerk"], name="李娜", id_number=None, phone="13912345678")
    files.register_vehicle(actors["clerk"], owner.id, vin=VIN_A, delivery_date=date(2026, 11, 2), responsible="李明")
    before = (Vehicle.select().count(), SalesFile.select().count(), SalesChecklistItem.select().count(),
              AuditLog.select().count())
    refusal = refused(files.register_vehicle, actors["clerk"], other.id, vin=" " + VIN_A.lower(),
                      delivery_date=date(2026, 11, 3), responsible="王强")
    assert refusal.code == "archive.vin_duplicate" and refusal.facts["customer"] == "张伟"
    after = (Vehicle.select().count(), SalesFile.select().count(), SalesChecklistItem.select().count(),
             AuditLog.select().count())
    assert after == before


@pytest.mark.parametrize("field, value", [("delivery_date", date(2026, 11, 24)), ("invoice_date", date(2027, 1, 1))])
def test_dates_in_the_future_are_refused(actors, field, value):
    owner = customer(actors["clerk"])
    kwargs = {"delivery_date": date(2026, 11, 20), field: value}
    refusal = refused(files.register_vehicle, actors["clerk"], owner.id, vin=VIN_A, responsible="李明", **kwargs)
    assert refusal.code == "archive.date_in_future" and refusal.facts["field"] == field
    assert not Vehicle.select().exists()


def test_finance_may_read_but_not_register(actors):
    owner = customer(actors["clerk"])
    refusal = refused(files.register_vehicle, actors["finance"], owner.id, vin=VIN_A,
                      delivery_date=date(2026, 11, 2), responsible="李明")
    assert refusal.code == "auth.forbidden"
    assert files.overdue_handovers(actors["finance"], date(2026, 11, 23)) == []


def test_repair_visit_checklist_and_duplicate_ro_number(actors):
    owner = customer(actors["clerk"])
    files.register_vehicle(actors["clerk"], owner.id, vin=VIN_A, delivery_date=date(2025, 5, 6), responsible="李明")
    visit = files.add_repair_visit(actors["clerk"], VIN_A, visit_date=date(2026, 11, 20), ro_number="ro2026-0001",
                                   mileage_km=15000, amount_fen=45000, responsible="赵强",
                                   checklist={"reception_sheet": ORIGINAL})
    assert visit.handover_due == date(2026, 11, 23)
    states = {i.item: i.state for i in RepairVisit.get_by_id(visit.id).items()}
    assert states == {"reception_sheet": "original", "work_order": "missing", "settlement_sheet": "missing",
                      "routine_inspection": "missing"}
    refusal = refused(files.add_repair_visit, actors["clerk"], VIN_A, visit_date=date(2026, 11, 21),
                      ro_number="RO2026-0001", mileage_km=15100, amount_fen=0, responsible="赵强")
    assert refusal.code == "archive.ro_number_duplicate" and refusal.facts["vin"] == VIN_A
    assert refused(files.add_repair_visit, actors["clerk"], VIN_A, visit_date=date(2026, 11, 21), ro_number="RO2",
                   mileage_km=15100.5, amount_fen=0, responsible="赵强").code == "archive.not_whole_number"
    assert refused(files.add_repair_visit, actors["clerk"], VIN_A, visit_date=date(2025, 5, 1), ro_number="RO3",
                   mileage_km=1, amount_fen=0, responsible="赵强").code == "archive.visit_before_delivery"
    assert RepairVisit.select().count() == 1


def test_setting_a_checklist_item_shows_in_the_missing_list(actors):
    owner = customer(actors["clerk"])
    registered = files.register_vehicle(actors["clerk"], owner.id, vin=VIN_A, delivery_date=date(2026, 11, 2),
                                        responsible="李明")
    changed = files.set_checklist_item(actors["clerk"], "sales", registered.sales_file_id, "purchase_contract", "original")
    assert (changed.state_before, changed.state) == ("missing", "original")
    opened = files.vehicle_file(actors["finance"], VIN_A)
    assert "purchase_contract" not in opened.missing_sales_items and "insurance_policy" in opened.missing_sales_items
    assert refused(files.set_checklist_item, actors["clerk"], "sales", registered.sales_file_id, "purchase_contract",
                   "lost").code == "archive.unknown_state"


def test_deadlines_skip_holidays_and_count_make_up_workdays(actors):
    manager = actors["manager"]
    for day in range(1, 8):
        workdays.set_holiday(manager, date(2026, 10, day), "国庆节")
    workdays.set_holiday(manager, date(2026, 10, 10), "国庆调休", is_workday_override=True)
    # Delivered the day before the break: Thursday 8 and Friday 9 October are the two working days.
    assert workdays.sales_handover_due(date(2026, 9, 30)) == date(2026, 10, 9)
    # A Friday repair's papers are due on the make-up Saturday, not on Monday.
    assert workdays.repair_handover_due(date(2026, 10, 9)) == date(2026, 10, 10)
    workdays.remove_holiday(manager, date(2026, 10, 10))
    assert workdays.repair_handover_due(date(2026, 10, 9)) == date(2026, 10, 12)
    assert refused(workdays.set_holiday, actors["clerk"], date(2026, 12, 31), "x").code == "auth.forbidden"


def test_a_new_holiday_moves_open_deadlines_but_not_handed_over_ones(actors):
    owner = customer(actors["clerk"])
    open_file = files.register_vehicle(actors["clerk"], owner.id, vin=VIN_A, delivery_date=date(2026, 11, 20),
                                       responsible="李明")
    done_file = files.register_vehicle(actors["clerk"], owner.id, vin=VIN_B, delivery_date=date(2026, 11, 20),
                                       responsible="李明")
    files.record_handover(actors["clerk"], "sales", done_file.sales_file_id, date(2026, 11, 23))
    changed = workdays.set_holiday(actors["manager"], date(2026, 11, 23), "临时停业")
    assert changed.deadlines_moved == 1
    assert SalesFile.get_by_id(open_file.sales_file_id).handover_due == date(2026, 11, 25)
    assert SalesFile.get_by_id(done_file.sales_file_id).handover_due == date(2026, 11, 24)


def test_overdue_list_per_responsible_person(actors):
    clerk = actors["clerk"]
    owner = customer(clerk)
    late = files.register_vehicle(clerk, owner.id, vin=VIN_A, delivery_date=date(2026, 11, 2), responsible="李明")
    on_time = files.register_vehicle(clerk, owner.id, vin=VIN_B, delivery_date=date(2026, 11, 2), responsible="王强")
    outstanding = files.register_vehicle(clerk, owner.id, vin=VIN_OLD, delivery_date=date(2026, 11, 13),
                                         responsible="王强")
    recorded = files.record_handover(clerk, "sales", late.sales_file_id, date(2026, 11, 9))  # due 4 Nov
    assert recorded.workdays_late == 3
    files.record_handover(clerk, "sales", on_time.sales_file_id, date(2026, 11, 4))
    visit = files.add_repair_visit(clerk, VIN_B, visit_date=date(2026, 11, 19), ro_number="RO1", mileage_km=900,
                                   amount_fen=0, responsible="赵强")

    report = {person.responsible: person for person in files.overdue_handovers(clerk, as_of=date(2026, 11, 23))}
    assert set(report) == {"李明", "王强", "赵强"}
    assert [i.vin for i in report["李明"].late] == [VIN_A] and report["李明"].outstanding == ()
    assert [(i.vin, i.handover_due, i.workdays_late) for i in report["王强"].outstanding] == [
        (VIN_OLD, date(2026, 11, 17), 4)]
    assert [(i.kind, i.file_id) for i in report["赵强"].outstanding] == [("repair", visit.id)]
    # A quarter that starts after the late handover no longer counts it.
    later = files.overdue_handovers(clerk, as_of=date(2026, 11, 23), since=date(2026, 11, 10))
    assert "李明" not in {p.responsible for p in later}
    assert refused(files.record_handover, clerk, "sales", late.sales_file_id,
                   date(2026, 11, 10)).code == "archive.handover_already_recorded"
    assert refused(files.record_handover, clerk, "sales", outstanding.sales_file_id,
                   date(2026, 11, 24)).code == "archive.date_in_future"


def test_only_out_of_warranty_files_go_into_a_box_all_or_nothing(actors):
    clerk = actors["clerk"]
    owner = customer(clerk)
    files.register_vehicle(clerk, owner.id, vin=VIN_OLD, delivery_date=date(2019, 3, 1), responsible="李明")
    files.register_vehicle(clerk, owner.id, vin=VIN_A, delivery_date=date(2025, 3, 1), responsible="李明")
    with pytest.raises(RefusalList) as info:
        files.pack_vehicles(clerk, "2026-001", [VIN_OLD, VIN_A, "LFV2A21K0G3999999"])
    assert [item.code for item in info.value.items] == ["archive.under_warranty", "archive.unknown_vehicle"]
    assert not ArchiveBox.select().exists() and Vehicle.get(Vehicle.vin == VIN_OLD).box is None

    packed = files.pack_vehicles(clerk, "2026-001", [VIN_OLD])
    assert packed.packed == (VIN_OLD,) and packed.total == 1
    assert [v.vin for v in files.box_contents(actors["finance"], "2026-001")] == [VIN_OLD]
    files.seal_box(clerk, "2026-001")
    assert refused(files.pack_vehicles, clerk, "2026-001", [VIN_OLD]).code == "archive.box_sealed"
    assert files.vehicle_file(clerk, VIN_OLD).box.number == "2026-001"

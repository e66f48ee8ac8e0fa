"""Demo data is data the use cases would have accepted, and the use cases carry on after it."""
import random
from datetime import date

from archive import demo, files, search, validate, workdays
from archive.models import ArchiveBox, Customer, RepairVisit, SalesFile, Vehicle

START, END = date(2024, 11, 1), date(2026, 11, 1)


def test_demo_rows_pass_the_same_validation_as_typed_input(actors):
    counts = demo.populate(actors["manager"], random.Random(3), START, END, scale=0.05)
    assert counts["vehicles"] == Vehicle.select().count() == SalesFile.select().count() == 200
    assert counts["repair_visits"] == RepairVisit.select().count() > counts["vehicles"]
    for customer in Customer.select():
        assert validate.id_number(customer.kind, customer.id_number) == customer.id_number
        assert validate.phone(customer.phone) == customer.phone
        assert (customer.name_pinyin, customer.name_initials) == validate.name_keys(customer.name, customer.kind)
        assert customer.archive_number == files.archive_number_for(customer.id)
    calendar = workdays.load_calendar(START, END)
    for vehicle in Vehicle.select():
        assert validate.vin(vehicle.vin) == vehicle.vin and validate.vin_warning(vehicle.vin) is None
        assert validate.plate(vehicle.plate) == vehicle.plate
        assert START <= vehicle.delivery_date <= END
        sales_file = SalesFile.get(SalesFile.vehicle == vehicle.id)
        assert sales_file.handover_due == calendar.add_workdays(vehicle.delivery_date, 2)
    assert {c.kind for c in Customer.select()} == {"person", "company"}
    late = files.overdue_handovers(actors["clerk"], as_of=END)
    assert late and all(p.count for p in late)


def test_use_cases_continue_after_the_demo(actors):
    demo.populate(actors["manager"], random.Random(5), START, END, scale=0.02)
    # Explicit ids in bulk inserts must not leave PostgreSQL's sequences behind.
    person = files.create_customer(actors["clerk"], kind="person", name="新客户", phone="13700000000")
    assert person.archive_number == files.archive_number_for(person.id)
    vin = validate.with_check_digit("LFV3A23C0P3999999")
    files.register_vehicle(actors["clerk"], person.id, vin=vin, delivery_date=date(2026, 11, 20), responsible="李明")
    files.add_repair_visit(actors["clerk"], vin, visit_date=date(2026, 11, 21), ro_number="NEW-1", mileage_km=10,
                           amount_fen=0, responsible="刘洋")
    assert [h.vin for h in search.search(actors["clerk"], "新客户")] == [vin]


def test_boxes_hold_out_of_warranty_files_and_are_searchable(actors):
    counts = demo.populate(actors["manager"], random.Random(11), date(2016, 1, 1), END, scale=0.02)
    assert counts["boxes"] >= 1
    box = ArchiveBox.select().order_by(ArchiveBox.id).first()
    members = list(box.vehicles())
    assert members and all(v.warranty_until < END for v in members)
    assert {h.vin for h in search.search(actors["clerk"], box.number, limit=100)} == {v.vin for v in members}


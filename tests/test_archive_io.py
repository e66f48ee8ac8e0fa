"""Importing the office's existing archive list and exporting it again. Runs on SQLite and
PostgreSQL: a clerk fills in the template, bad rows are each named, and nothing is half-imported."""
from datetime import date

import openpyxl
import pytest

from archive import files, io, search, validate
from archive.models import (
    MISSING, ORIGINAL, Customer, RepairChecklistItem, RepairVisit, SalesChecklistItem, SalesFile, Vehicle,
)
from common.db import database
from common.errors import Refusal, RefusalList
from common.models import AuditLog

VIN_1 = validate.with_check_digit("LFV2A21K0G3000001")
VIN_2 = validate.with_check_digit("LFV2A21K0G3000002")
VIN_3 = validate.with_check_digit("LSVAB41Z0H2000003")
PERSON_ID = "11010519491231002X"
COMPANY_ID = "91110000600037341L"


def row(**values):
    base = {"客户类型": "个人", "客户名称": "张伟", "证件号码": PERSON_ID, "电话": "138 0371 1234", "地址": "郑州市金水路1号",
            "车架号": VIN_1, "车牌号": "豫A·12345", "车型": "速腾", "颜色": "白色", "开票日期": date(2026, 3, 2),
            "交车日期": date(2026, 3, 5), "二级网点销售": "否", "销售责任人": "李明", "资料移交日期": date(2026, 3, 6),
            "购车合同": "原件", "车辆合格证": "复印件"}
    base.update(values)
    return base


def workbook(path, rows, headers=io.HEADERS):
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = io.SHEET
    sheet.append(list(headers))
    for values in rows:
        sheet.append([values.get(h) for h in headers])
    book.save(path)
    return path


def refusal_of(call, *args) -> Refusal:
    with pytest.raises(Refusal) as info:
        call(*args)
    return info.value


def test_a_filled_in_list_becomes_customers_vehicles_and_checklists(actors, tmp_path):
    path = workbook(tmp_path / "list.xlsx", [
        row(),
        row(车架号=VIN_2, 车牌号="豫A·D12345", 交车日期=date(2026, 6, 1), 资料移交日期=None),  # the same customer's 2nd car
        row(客户类型="单位", 客户名称="郑州宏达物流有限公司", 证件号码=COMPANY_ID, 电话="0371-65551234", 车架号=VIN_3,
            车牌号="豫AF12345", 档案编号="A-0107"),
    ])
    result = io.import_archives(actors["clerk"], path)
    assert (result.rows, result.customers_created, result.vehicles) == (3, 2, 3)
    assert Customer.select().count() == 2
    person = Customer.get(Customer.id_number == PERSON_ID)
    assert person.archive_number == files.archive_number_for(person.id) and person.phone == "13803711234"
    assert Customer.get(Customer.id_number == COMPANY_ID).archive_number == "A-0107"
    vehicle = Vehicle.get(Vehicle.vin == VIN_1)
    sales_file = SalesFile.get(SalesFile.vehicle == vehicle)
    assert sales_file.handover_due == date(2026, 3, 9) and sales_file.handed_over_on == date(2026, 3, 6)
    states = {i.item: i.state for i in SalesChecklistItem.select().where(SalesChecklistItem.sales_file == sales_file)}
    assert states["purchase_contract"] == ORIGINAL and states["vehicle_certificate"] == "copy"
    assert states["insurance_policy"] == MISSING and len(states) == 14
    # Imported files are found like typed ones (the search keys were made the same way).
    assert [h.vin for h in search.search(actors["clerk"], "zhangwei")] == [VIN_1, VIN_2]
    assert [h.vin for h in search.search(actors["clerk"], "A0107")] == [] and [h.vin for h in search.search(actors["clerk"], "A-0107")] == [VIN_3]
    assert AuditLog.select().where(AuditLog.action == "archive.import").count() == 1
    # New rows typed afterwards get fresh ids (PostgreSQL sequences moved past the import).
    later = files.create_customer(actors["clerk"], kind="person", name="李娜")
    assert later.id > max(c.id for c in Customer.select().where(Customer.id != later.id))


def test_every_bad_row_is_named_and_nothing_is_imported(actors, tmp_path):
    path = workbook(tmp_path / "bad.xlsx", [
        row(),                                                                  # row 2: good
        row(车架号=VIN_1, 证件号码=None, 客户名称="李娜"),                        # row 3: VIN repeats row 2
        row(车架号="LFV2A21K0G300001", 证件号码=None),                            # row 4: 16 characters
        row(车架号="LFV2A21K0G300000I", 证件号码=None),                           # row 5: letter I
        row(车架号=VIN_2, 证件号码="110105194912310021"),                         # row 6: wrong check digit
        row(车架号=VIN_3, 证件号码=410105197403150000),                           # row 7: came as a number
        row(车架号=validate.with_check_digit("LFV2A21K0G3000009"), 证件号码=None, 车牌号="豫A1234"),  # row 8: plate
        row(车架号=validate.with_check_digit("LFV2A21K0G3000010"), 证件号码=None,
            交车日期=date(2026, 12, 1)),                                          # row 9: future
    ])
    refusal = refusal_of(io.import_archives, actors["clerk"], path)
    assert isinstance(refusal, RefusalList) and refusal.code == "archive.import_refused"
    found = [(item.facts["row"], item.facts["column"], item.items[0].code) for item in refusal.items]
    assert found == [
        (3, "车架号", "archive.import_vin_repeated"),
        (4, "车架号", "archive.vin_length"),
        (5, "车架号", "archive.vin_characters"),
        (6, "证件号码", "archive.id_number_check_digit"),
        (7, "证件号码", "archive.id_number_was_a_number"),
        (8, "车牌号", "archive.plate_format"),
        (9, "交车日期", "archive.date_in_future"),
    ]
    assert refusal.items[0].facts["letter"] == "G"
    assert Customer.select().count() == 0 and Vehicle.select().count() == 0


def test_a_vin_already_in_the_archive_names_its_owner(actors, tmp_path):
    owner = files.create_customer(actors["clerk"], kind="person", name="王芳")
    files.register_vehicle(actors["clerk"], owner.id, vin=VIN_1, delivery_date=date(2026, 1, 5), responsible="李明")
    refusal = refusal_of(io.import_archives, actors["clerk"], workbook(tmp_path / "dup.xlsx", [row()]))
    inner = refusal.items[0].items[0]
    assert (inner.code, inner.facts["customer"], inner.facts["archive_number"]) == \
        ("archive.vin_duplicate", "王芳", owner.archive_number)
    assert Vehicle.select().count() == 1


def test_a_customer_already_in_the_archive_gets_the_imported_vehicle(actors, tmp_path):
    owner = files.create_customer(actors["clerk"], kind="person", name="张伟", id_number=PERSON_ID)
    result = io.import_archives(actors["clerk"], workbook(tmp_path / "more.xlsx", [row()]))
    assert (result.customers_created, result.customers_existing) == (0, 1)
    assert Vehicle.get(Vehicle.vin == VIN_1).customer_id == owner.id


def test_a_wrong_check_digit_in_a_vin_is_imported_with_a_warning(actors, tmp_path):
    wrong = VIN_1[:8] + ("1" if VIN_1[8] != "1" else "2") + VIN_1[9:]
    result = io.import_archives(actors["clerk"], workbook(tmp_path / "warn.xlsx", [row(车架号=wrong)]))
    assert [(w.facts["row"], w.items[0].code) for w in result.warnings] == [(2, "archive.vin_check_digit")]
    assert Vehicle.select().where(Vehicle.vin == wrong).exists()


def test_export_then_import_into_an_empty_archive_gives_the_same_list(actors, tmp_path):
    io.import_archives(actors["clerk"], workbook(tmp_path / "in.xlsx", [
        row(), row(车架号=VIN_2, 车牌号=None, 客户名称="李娜", 证件号码=None, 电话=None, 档案编号="OLD-7")]))
    files.add_repair_visit(actors["clerk"], VIN_1, visit_date=date(2026, 5, 5), ro_number="RO9", mileage_km=3000,
                           amount_fen=12345, responsible="刘洋")
    counts = io.export_archives(tmp_path / "out.xlsx", actors["manager"])  # sees ID numbers in full
    assert counts == {io.SHEET: 2, io.VISITS_SHEET: 1}
    sheet = openpyxl.load_workbook(tmp_path / "out.xlsx")[io.SHEET]
    exported = [[c.value for c in r] for r in sheet.iter_rows()]
    assert exported[0] == io.HEADERS + [io.BOX_HEADER]
    assert PERSON_ID in exported[1] + exported[2] and "OLD-7" in exported[1] + exported[2]

    before = sorted((v.vin, v.plate, v.customer.name, v.customer.archive_number) for v in Vehicle.select())
    # The list goes back into an emptied archive (as on a new PC): the same vehicles and numbers.
    with database.atomic():
        for model in (RepairChecklistItem, RepairVisit, SalesChecklistItem, SalesFile, Vehicle, Customer):
            model.delete().execute()
    result = io.import_archives(actors["clerk"], tmp_path / "out.xlsx")
    assert result.vehicles == 2
    after = sorted((v.vin, v.plate, v.customer.name, v.customer.archive_number) for v in Vehicle.select())
    assert after == before


def test_the_template_has_the_headers_and_an_example_that_imports(actors, tmp_path):
    path = io.write_archive_template(tmp_path / "template.xlsx")
    result = io.import_archives(actors["clerk"], path)
    assert result.vehicles == 1
    assert Vehicle.get().plate == "豫A12345"


def test_reading_is_refused_for_a_role_that_may_not_edit(actors, tmp_path):
    refusal = refusal_of(io.import_archives, actors["finance"], workbook(tmp_path / "x.xlsx", [row()]))
    assert refusal.code == "auth.forbidden"

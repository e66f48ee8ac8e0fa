"""The printed papers: a vehicle's cover sheet with its checklist state, and a box's content list
(read back from the PDF as a clerk would read the paper). Runs on SQLite and PostgreSQL."""
from datetime import date, datetime

from archive import files, print as archive_print, scans, validate
from archive.models import Vehicle
from common.db import database
from common.pdf import pdf_text

VIN = validate.with_check_digit("LFV2A21K0G3000001")
OLD_VINS = [validate.with_check_digit(f"LGBH52E00DY{n:06d}") for n in range(1, 4)]
PRINTED = datetime(2026, 11, 23, 10, 0)


def test_cover_sheet_shows_each_paper_state_and_the_repair_visits(actors, tmp_path):
    clerk = actors["clerk"]
    owner = files.create_customer(clerk, kind="person", name="张伟", phone="13803711234")
    registered = files.register_vehicle(clerk, owner.id, vin=VIN, plate="豫A12345", delivery_date=date(2026, 10, 8),
                                        responsible="李明", checklist={"purchase_contract": "original",
                                                                       "vehicle_certificate": "copy"})
    files.add_repair_visit(clerk, VIN, visit_date=date(2026, 11, 2), ro_number="RO20261102", mileage_km=5000,
                           amount_fen=35050, responsible="刘洋", checklist={"work_order": "original"})
    scans.attach_scan(clerk, "sales", registered.sales_file_id, "purchase_contract", "合同.jpg", b"\xff\xd8\xff1")
    pages = archive_print.print_cover_sheet(actors["manager"], VIN, tmp_path / "cover.pdf", PRINTED)
    text = "".join(pdf_text(tmp_path / "cover.pdf"))
    assert pages == 1
    assert "车辆档案封面" in text and VIN in text and "豫A·12345" in text and owner.archive_number in text
    words = " ".join(text.split())
    assert "购车合同 原件 1" in words and "车辆合格证 复印件 0" in words and "保险单 缺 0" in words
    assert "12 项" in text  # 14 papers, 2 present
    assert "RO20261102" in text and "350.50" in text and "未装盒" in text


def test_box_content_list_names_every_vehicle_in_the_box(actors, tmp_path):
    clerk = actors["clerk"]
    owner = files.create_customer(clerk, kind="person", name="李娜")
    for vin in OLD_VINS:
        files.register_vehicle(clerk, owner.id, vin=vin, delivery_date=date(2019, 5, 6), responsible="王强")
    files.pack_vehicles(clerk, "2026-001", OLD_VINS)
    archive_print.print_box_contents(clerk, "2026-001", tmp_path / "box.pdf", PRINTED)
    text = "".join(pdf_text(tmp_path / "box.pdf"))
    assert "档案盒内容清单" in text and "共 3 份车辆档案" in text
    assert all(vin in text for vin in OLD_VINS) and "装盒人：王丽" in text
    with database.atomic():
        assert Vehicle.select().where(Vehicle.box.is_null(False)).count() == 3

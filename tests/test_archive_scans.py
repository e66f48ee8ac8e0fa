"""Scans of archive papers: stored once per content in the database, listed per vehicle, opened,
removed, and verified by `check`. Runs on SQLite and PostgreSQL."""
import hashlib
from datetime import date

import pytest

from archive import checks, files, scans, validate
from archive.models import SalesChecklistItem
from common.db import database
from common.errors import Refusal
from common.models import AuditLog
from common.messages import text

VIN = validate.with_check_digit("LFV2A21K0G3000001")
JPEG = b"\xff\xd8\xff\xe0" + b"photo of the purchase contract" * 50
PDF = b"%PDF-1.4\n" + b"scanned invoice" * 40


def refused(call, *args, **kwargs) -> Refusal:
    with pytest.raises(Refusal) as info:
        call(*args, **kwargs)
    return info.value


@pytest.fixture
def vehicle(actors):
    owner = files.create_customer(actors["clerk"], kind="person", name="张伟", id_number="11010519491231002X",
                                  phone="13803711234")
    registered = files.register_vehicle(actors["clerk"], owner.id, vin=VIN, delivery_date=date(2026, 10, 8),
                                        responsible="李明")
    visit = files.add_repair_visit(actors["clerk"], VIN, visit_date=date(2026, 11, 2), ro_number="RO1",
                                   mileage_km=5000, amount_fen=35000, responsible="刘洋")
    return registered, visit


def test_scans_are_listed_per_paper_and_open_with_their_content(actors, vehicle):
    registered, visit = vehicle
    contract = scans.attach_scan(actors["clerk"], "sales", registered.sales_file_id, "purchase_contract",
                                 "C:\\扫描\\合同.jpg", JPEG)
    invoice = scans.attach_scan(actors["clerk"], "repair", visit.id, "settlement_sheet", "结算单.pdf", PDF)
    assert (contract.mime_type, invoice.mime_type) == ("image/jpeg", "application/pdf")
    assert contract.sha256 == hashlib.sha256(JPEG).hexdigest()
    listed = scans.scans_of_vehicle(actors["finance"], registered.vehicle_id)
    assert [(s.kind, s.file_id, s.item, s.file_name) for s in listed] == [
        ("sales", registered.sales_file_id, "purchase_contract", "合同.jpg"),
        ("repair", visit.id, "settlement_sheet", "结算单.pdf"),
    ]
    assert scans.scan_content(actors["finance"], invoice.scan_id) == ("结算单.pdf", "application/pdf", PDF)


def test_the_same_photo_twice_is_stored_once_and_removed_with_its_last_use(actors, vehicle):
    registered, visit = vehicle
    first = scans.attach_scan(actors["clerk"], "sales", registered.sales_file_id, "identity_document", "a.jpg", JPEG)
    second = scans.attach_scan(actors["clerk"], "repair", visit.id, "reception_sheet", "b.jpg", JPEG)
    assert (first.stored_new, second.stored_new) == (True, False)
    assert scans.ScanBlob.select().count() == 1 and scans.Scan.select().count() == 2
    scans.remove_scan(actors["clerk"], first.scan_id)
    assert scans.ScanBlob.select().count() == 1
    scans.remove_scan(actors["clerk"], second.scan_id)
    assert scans.ScanBlob.select().count() == 0
    assert AuditLog.select().where(AuditLog.action == "archive.scan_remove").count() == 2


def test_unusable_files_are_refused_and_nothing_is_stored(actors, vehicle):
    registered, _ = vehicle
    sales_file = registered.sales_file_id
    assert refused(scans.attach_scan, actors["clerk"], "sales", sales_file, "purchase_contract", "x.jpg", b"").code \
        == "archive.scan_empty"
    assert refused(scans.attach_scan, actors["clerk"], "sales", sales_file, "purchase_contract", "x.docx",
                   b"PK\x03\x04word").code == "archive.scan_type"
    big = b"\xff\xd8\xff" + bytes(scans.MAX_SCAN_BYTES)
    refusal = refused(scans.attach_scan, actors["clerk"], "sales", sales_file, "purchase_contract", "big.jpg", big)
    assert refusal.code == "archive.scan_too_large" and refusal.facts["limit_mb"] == 20
    assert refused(scans.attach_scan, actors["clerk"], "sales", sales_file, "work_order", "x.jpg", JPEG).code \
        == "archive.unknown_item"
    assert refused(scans.attach_scan, actors["clerk"], "sales", 999, "purchase_contract", "x.jpg", JPEG).code \
        == "archive.unknown_file"
    assert refused(scans.attach_scan, actors["finance"], "sales", sales_file, "purchase_contract", "x.jpg", JPEG).code \
        == "auth.forbidden"
    assert scans.ScanBlob.select().count() == 0 and scans.Scan.select().count() == 0


def test_written_out_scan_keeps_an_extension_the_viewer_understands(actors, vehicle, tmp_path):
    registered, _ = vehicle
    attached = scans.attach_scan(actors["clerk"], "sales", registered.sales_file_id, "insurance_policy", "保单", PDF)
    path = scans.write_scan_to(actors["clerk"], attached.scan_id, tmp_path)
    assert path.suffix == ".pdf" and path.read_bytes() == PDF


def test_check_finds_a_scan_whose_content_was_altered(actors, vehicle):
    registered, _ = vehicle
    attached = scans.attach_scan(actors["clerk"], "sales", registered.sales_file_id, "purchase_contract", "a.jpg", JPEG)
    assert checks.check_integrity() == []
    # Bit rot or a hand edit in the database: the bytes change, the recorded hash does not.
    with database.atomic():
        scans.ScanBlob.update(content=JPEG[:-1] + b"X").where(scans.ScanBlob.sha256 == attached.sha256).execute()
    problems = checks.check_integrity()
    assert [p.code for p in problems] == ["archive.check_scan_hash"]
    assert attached.sha256 in text(problems[0], "zh")


def test_check_finds_a_missing_checklist_row_and_a_stale_search_key(actors, vehicle):
    registered, _ = vehicle
    with database.atomic():
        SalesChecklistItem.delete().where((SalesChecklistItem.sales_file == registered.sales_file_id)
                                          & (SalesChecklistItem.item == "membership_form")).execute()
        files.Vehicle.update(vin_reversed="X" * 17).where(files.Vehicle.id == registered.vehicle_id).execute()
    codes = sorted(p.code for p in checks.check_integrity())
    assert codes == ["archive.check_sales_items", "archive.check_vin_key"]
    assert any(VIN in text(p) for p in checks.check_integrity())

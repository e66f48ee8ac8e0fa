"""What the vehicle archive can verify about itself (``python main.py check``).

- every scan blob still hashes to the SHA-256 it is keyed by, and has the size recorded;
- every scan's ``vehicle`` is the vehicle of the checklist item it is attached to;
- every vehicle has its sales file, with one checklist row per paper of the sales checklist,
  and every repair visit one row per paper of the repair checklist;
- the stored search keys (reversed VIN, plate without province, reversed phone) agree with the
  values they were made from, or search would silently miss the file;
- the holiday table covers every year the archive's dates and deadlines touch.

- the owner's club numbers its members without a gap, each renewal day as its latest renewal set
  (archive.members.check_invariants).

Each finding is a common.messages.Message (a code of archive/texts.py and its facts), worded by
common.messages.text in the user's language; nothing here changes data.
"""
from __future__ import annotations

import hashlib

from peewee import JOIN, fn

from archive import members, validate
from archive.models import (
    REPAIR_CHECKLIST, SALES_CHECKLIST, Customer, RepairChecklistItem, RepairVisit, SalesChecklistItem, SalesFile,
    Vehicle,
)
from archive.scans import Scan, ScanBlob
from archive.texts import (
    ARCHIVE_CHECK_CALENDAR_YEAR, ARCHIVE_CHECK_NO_SALES_FILE, ARCHIVE_CHECK_PHONE_KEY, ARCHIVE_CHECK_PLATE_KEY,
    ARCHIVE_CHECK_REPAIR_ITEMS, ARCHIVE_CHECK_SALES_ITEMS, ARCHIVE_CHECK_SCAN_HASH, ARCHIVE_CHECK_SCAN_SIZE,
    ARCHIVE_CHECK_SCAN_VEHICLE, ARCHIVE_CHECK_VIN_KEY,
)
from common.messages import Message

BLOB_BATCH = 20  # blobs read per query: bounded memory with 20 MB scans

def check_blobs() -> list[Message]:
    problems = []
    last_id = 0
    while True:
        rows = list(ScanBlob.select(ScanBlob.id, ScanBlob.sha256, ScanBlob.size_bytes, ScanBlob.content)
                    .where(ScanBlob.id > last_id).order_by(ScanBlob.id).limit(BLOB_BATCH).tuples())
        if not rows:
            return problems
        for blob_id, expected, recorded, content in rows:
            content = bytes(content)
            actual = hashlib.sha256(content).hexdigest()
            if actual != expected:
                problems.append(Message(ARCHIVE_CHECK_SCAN_HASH, {"blob_id": blob_id, "expected": expected, "actual": actual}))
            if len(content) != recorded:
                problems.append(Message(ARCHIVE_CHECK_SCAN_SIZE, {"blob_id": blob_id, "recorded": recorded, "actual": len(content)}))
        last_id = rows[-1][0]


def check_scan_owners() -> list[Message]:
    problems = []
    sales = (Scan.select(Scan.id, Scan.vehicle, SalesFile.vehicle.alias("actual"))
             .join(SalesChecklistItem, on=(Scan.sales_item == SalesChecklistItem.id))
             .join(SalesFile, on=(SalesChecklistItem.sales_file == SalesFile.id))
             .where(Scan.vehicle != SalesFile.vehicle).tuples())
    repair = (Scan.select(Scan.id, Scan.vehicle, RepairVisit.vehicle.alias("actual"))
              .join(RepairChecklistItem, on=(Scan.repair_item == RepairChecklistItem.id))
              .join(RepairVisit, on=(RepairChecklistItem.visit == RepairVisit.id))
              .where(Scan.vehicle != RepairVisit.vehicle).tuples())
    for query in (sales, repair):
        for scan_id, recorded, actual in query:
            problems.append(Message(ARCHIVE_CHECK_SCAN_VEHICLE, {"scan_id": scan_id, "recorded": recorded, "actual": actual}))
    return problems


def check_files() -> list[Message]:
    problems = []
    for (vin,) in (Vehicle.select(Vehicle.vin).join(SalesFile, JOIN.LEFT_OUTER, on=(SalesFile.vehicle == Vehicle.id))
                   .where(SalesFile.id.is_null()).tuples()):
        problems.append(Message(ARCHIVE_CHECK_NO_SALES_FILE, {"vin": vin}))
    expected = len(SALES_CHECKLIST)
    counts = (SalesFile.select(Vehicle.vin, fn.COUNT(SalesChecklistItem.id))
              .join(Vehicle, on=(SalesFile.vehicle == Vehicle.id))
              .switch(SalesFile).join(SalesChecklistItem, JOIN.LEFT_OUTER,
                                      on=(SalesChecklistItem.sales_file == SalesFile.id))
              .group_by(Vehicle.vin).having(fn.COUNT(SalesChecklistItem.id) != expected).tuples())
    for vin, found in counts:
        problems.append(Message(ARCHIVE_CHECK_SALES_ITEMS, {"vin": vin, "found": found, "expected": expected}))
    expected = len(REPAIR_CHECKLIST)
    counts = (RepairVisit.select(RepairVisit.ro_number, fn.COUNT(RepairChecklistItem.id))
              .join(RepairChecklistItem, JOIN.LEFT_OUTER, on=(RepairChecklistItem.visit == RepairVisit.id))
              .group_by(RepairVisit.ro_number).having(fn.COUNT(RepairChecklistItem.id) != expected).tuples())
    for ro_number, found in counts:
        problems.append(Message(ARCHIVE_CHECK_REPAIR_ITEMS, {"ro_number": ro_number, "found": found, "expected": expected}))
    return problems


def check_search_keys() -> list[Message]:
    problems = []
    vehicles = Vehicle.select(Vehicle.vin, Vehicle.vin_reversed, Vehicle.plate, Vehicle.plate_search,
                              Vehicle.plate_reversed).tuples().iterator()
    for vin, vin_reversed, plate, plate_search, plate_reversed in vehicles:
        if vin_reversed != vin[::-1]:
            problems.append(Message(ARCHIVE_CHECK_VIN_KEY, {"vin": vin, "value": vin_reversed}))
        key = validate.plate_key(plate) if plate else None
        if plate_search != key or plate_reversed != (key[::-1] if key else None):
            problems.append(Message(ARCHIVE_CHECK_PLATE_KEY, {"vin": vin, "value": plate_search or ""}))
    customers = Customer.select(Customer.archive_number, Customer.phone, Customer.phone_digits,
                                Customer.phone_reversed).tuples().iterator()
    for archive_number, phone, digits, reversed_digits in customers:
        expected = validate.phone_digits(phone) if phone else None
        if digits != expected or reversed_digits != (expected[::-1] if expected else None):
            problems.append(Message(ARCHIVE_CHECK_PHONE_KEY, {"archive_number": archive_number}))
    return problems


def check_calendar() -> list[Message]:
    """Years the archive's dates and deadlines touch that the holiday table does not cover."""
    from archive import holidays

    return [Message(ARCHIVE_CHECK_CALENDAR_YEAR, {"year": year}) for year in holidays.uncovered(holidays.years_in_use())]


def check_integrity() -> list[Message]:
    """Everything above and the club's numbers; an empty list means the archive is sound."""
    return (check_blobs() + check_scan_owners() + check_files() + check_search_keys() + check_calendar()
            + members.check_invariants())

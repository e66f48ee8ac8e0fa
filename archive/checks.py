"""What the vehicle archive can verify about itself (``python main.py check``).

- every scan blob still hashes to the SHA-256 it is keyed by, and has the size recorded;
- every scan's ``vehicle`` is the vehicle of the checklist item it is attached to;
- every vehicle has its sales file, with one checklist row per paper of the sales checklist,
  and every repair visit one row per paper of the repair checklist;
- the stored search keys (reversed VIN, plate without province, reversed phone) agree with the
  values they were made from, or search would silently miss the file;
- the holiday table covers every year the archive's dates and deadlines touch.

Each finding is a ``Problem`` (code + facts) whose ``str`` is a Chinese sentence for the check
report; nothing here changes data.
"""
from __future__ import annotations

import hashlib
from dataclasses import dataclass, field

from peewee import JOIN, fn

from archive import validate
from archive.models import (
    REPAIR_CHECKLIST, SALES_CHECKLIST, Customer, RepairChecklistItem, RepairVisit, SalesChecklistItem, SalesFile,
    Vehicle,
)
from archive.scans import Scan, ScanBlob

BLOB_BATCH = 20  # blobs read per query: bounded memory with 20 MB scans

_TEXTS = {
    "scan_hash": "扫描件内容校验失败：存储编号 {blob_id} 的 SHA-256 应为 {expected}，实际为 {actual}（内容已损坏或被改动）。",
    "scan_size": "扫描件存储编号 {blob_id} 记录大小 {recorded} 字节，实际 {actual} 字节。",
    "scan_vehicle": "扫描件 {scan_id} 记在车辆 {recorded} 名下，但它所属资料项属于车辆 {actual}。",
    "no_sales_file": "车辆 {vin} 没有销售档案。",
    "sales_items": "车辆 {vin} 的销售档案清单有 {found} 项，应为 {expected} 项。",
    "repair_items": "工单 {ro_number} 的维修资料清单有 {found} 项，应为 {expected} 项。",
    "search_key": "{what} 的检索键与原值不符（{value}），查询会漏掉该档案。",
    "phone_key": "档案编号 {archive_number} 的电话检索键与电话号码不符，按电话查询会漏掉该客户。",
    "calendar_year": "{year} 年节假日尚未录入，但档案的日期或截止日落在该年：截止日只按周末计算。请在“设置 → 节假日日历”中录入。",
}


@dataclass(frozen=True)
class Problem:
    code: str
    facts: dict = field(default_factory=dict)

    def __str__(self) -> str:
        return _TEXTS[self.code].format(**self.facts)


def check_blobs() -> list[Problem]:
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
                problems.append(Problem("scan_hash", {"blob_id": blob_id, "expected": expected, "actual": actual}))
            if len(content) != recorded:
                problems.append(Problem("scan_size", {"blob_id": blob_id, "recorded": recorded, "actual": len(content)}))
        last_id = rows[-1][0]


def check_scan_owners() -> list[Problem]:
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
            problems.append(Problem("scan_vehicle", {"scan_id": scan_id, "recorded": recorded, "actual": actual}))
    return problems


def check_files() -> list[Problem]:
    problems = []
    for (vin,) in (Vehicle.select(Vehicle.vin).join(SalesFile, JOIN.LEFT_OUTER, on=(SalesFile.vehicle == Vehicle.id))
                   .where(SalesFile.id.is_null()).tuples()):
        problems.append(Problem("no_sales_file", {"vin": vin}))
    expected = len(SALES_CHECKLIST)
    counts = (SalesFile.select(Vehicle.vin, fn.COUNT(SalesChecklistItem.id))
              .join(Vehicle, on=(SalesFile.vehicle == Vehicle.id))
              .switch(SalesFile).join(SalesChecklistItem, JOIN.LEFT_OUTER,
                                      on=(SalesChecklistItem.sales_file == SalesFile.id))
              .group_by(Vehicle.vin).having(fn.COUNT(SalesChecklistItem.id) != expected).tuples())
    for vin, found in counts:
        problems.append(Problem("sales_items", {"vin": vin, "found": found, "expected": expected}))
    expected = len(REPAIR_CHECKLIST)
    counts = (RepairVisit.select(RepairVisit.ro_number, fn.COUNT(RepairChecklistItem.id))
              .join(RepairChecklistItem, JOIN.LEFT_OUTER, on=(RepairChecklistItem.visit == RepairVisit.id))
              .group_by(RepairVisit.ro_number).having(fn.COUNT(RepairChecklistItem.id) != expected).tuples())
    for ro_number, found in counts:
        problems.append(Problem("repair_items", {"ro_number": ro_number, "found": found, "expected": expected}))
    return problems


def check_search_keys() -> list[Problem]:
    problems = []
    vehicles = Vehicle.select(Vehicle.vin, Vehicle.vin_reversed, Vehicle.plate, Vehicle.plate_search,
                              Vehicle.plate_reversed).tuples().iterator()
    for vin, vin_reversed, plate, plate_search, plate_reversed in vehicles:
        if vin_reversed != vin[::-1]:
            problems.append(Problem("search_key", {"what": f"车架号 {vin}", "value": vin_reversed}))
        key = validate.plate_key(plate) if plate else None
        if plate_search != key or plate_reversed != (key[::-1] if key else None):
            problems.append(Problem("search_key", {"what": f"车架号 {vin} 的车牌", "value": plate_search or ""}))
    customers = Customer.select(Customer.archive_number, Customer.phone, Customer.phone_digits,
                                Customer.phone_reversed).tuples().iterator()
    for archive_number, phone, digits, reversed_digits in customers:
        expected = validate.phone_digits(phone) if phone else None
        if digits != expected or reversed_digits != (expected[::-1] if expected else None):
            problems.append(Problem("phone_key", {"archive_number": archive_number}))
    return problems


def check_calendar() -> list[Problem]:
    """Years the archive's dates and deadlines touch that the holiday table does not cover."""
    from archive import holidays

    return [Problem("calendar_year", {"year": year}) for year in holidays.uncovered(holidays.years_in_use())]


def check_integrity() -> list[Problem]:
    """Everything above; an empty list means the archive is sound."""
    return check_blobs() + check_scan_owners() + check_files() + check_search_keys() + check_calendar()

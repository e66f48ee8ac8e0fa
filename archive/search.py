"""One search box for the archive: whatever the customer says on the phone.

The text is read every way it can be meant, and each reading becomes one indexed query:

| input                         | reading                 | stored key, query            |
|-------------------------------|-------------------------|------------------------------|
| 17 letters/digits             | full VIN                | vin =                        |
| 6-16 letters/digits           | end of the VIN          | vin_reversed starts with     |
| province + letters/digits     | plate                   | plate starts with            |
| letter + letters/digits       | plate without province  | plate_search starts with     |
| 3-6 letters/digits with digit | end of the plate        | plate_reversed starts with   |
| hanzi                         | customer name           | name starts with             |
| latin letters                 | full pinyin / initials  | name_pinyin, name_initials   |
| 4+ digits                     | phone (end or start)    | phone_reversed, phone_digits |
| digits / code                 | archive number          | archive_number =             |
| anything                      | box number              | archive_box.number           |

"Starts with" is written as a range (key >= 'ABC' AND key < 'ABD'), which SQLite (BINARY) and
PostgreSQL (the key columns use the "C" collation, see migration 0003) both answer from a b-tree
index; LIKE would need per-database care. Suffix searches use the reversed keys, so no reading
scans a table. A date range keeps vehicles delivered or visited in it; without text it lists them.

Boxed files are found like any other and their hit names the box.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from peewee import JOIN, fn

from archive import validate
from archive.models import ArchiveBox, Customer, RepairVisit, Vehicle

_SEPARATORS = re.compile(r"[\s·•・‧.\-_/]")
_HANZI = re.compile(r"[\u3400-\u9fff]")


@dataclass(frozen=True)
class Hit:
    matched: str  # which reading found it: vin, vin_suffix, plate, plate_suffix, name, pinyin, ...
    customer_id: int
    customer_name: str
    archive_number: str | None
    phone: str | None
    vehicle_id: int | None  # None: a customer without a vehicle yet
    vin: str | None
    plate: str | None
    model: str | None
    delivery_date: date | None
    box_number: str | None


def _starts_with(field, prefix: str):
    # Every string starting with prefix sorts between prefix and prefix-with-its-last-character
    # incremented, in code-point (= UTF-8 byte) order.
    return (field >= prefix) & (field < prefix[:-1] + chr(ord(prefix[-1]) + 1))


def _readings(raw: str) -> list[tuple[str, object, object, bool]]:
    """(matched, condition, order key, query starts from customers) for each reading of ``raw``."""
    compact = _SEPARATORS.sub("", raw)
    box_text = re.sub(r"\s", "", raw).upper()
    readings: list[tuple[str, object, object, bool]] = []
    if not compact:
        return readings
    upper, lower = compact.upper(), compact.lower()
    if _HANZI.search(compact):
        rest = upper[1:]
        if compact[0] in validate.PROVINCES and rest and rest.isascii() and rest.isalnum():
            readings.append(("plate", _starts_with(Vehicle.plate, upper), Vehicle.plate, False))
        else:
            readings.append(("name", _starts_with(Customer.name, compact), Customer.name, True))
    elif compact.isascii() and compact.isalnum():
        if len(upper) == 17:
            readings.append(("vin", Vehicle.vin == upper, Vehicle.vin, False))
        elif len(upper) >= 6:
            readings.append(("vin_suffix", _starts_with(Vehicle.vin_reversed, upper[::-1]), Vehicle.vin_reversed, False))
        if upper[0].isalpha() and 2 <= len(upper) <= 7 and any(c.isdigit() for c in upper):
            readings.append(("plate", _starts_with(Vehicle.plate_search, upper), Vehicle.plate_search, False))
        if 3 <= len(upper) <= 6 and any(c.isdigit() for c in upper):
            readings.append(("plate_suffix", _starts_with(Vehicle.plate_reversed, upper[::-1]), Vehicle.plate_reversed, False))
        if compact.isalpha() and len(lower) >= 2:
            readings.append(("pinyin", _starts_with(Customer.name_pinyin, lower), Customer.name_pinyin, True))
            readings.append(("initials", _starts_with(Customer.name_initials, lower), Customer.name_initials, True))
        if compact.isdigit():
            number = upper.zfill(6) if len(upper) < 6 else upper
            readings.append(("archive_number", Customer.archive_number == number, Customer.archive_number, True))
            if len(compact) >= 4:
                readings.append(("phone", _starts_with(Customer.phone_reversed, compact[::-1]), Customer.phone_reversed, True))
            if len(compact) >= 7:
                readings.append(("phone", _starts_with(Customer.phone_digits, compact), Customer.phone_digits, True))
        else:
            readings.append(("archive_number", Customer.archive_number == upper, Customer.archive_number, True))
    if box_text and box_text != upper:
        # Legacy archive numbers may keep their separator (A-0107); the compact reading lost it.
        readings.append(("archive_number", Customer.archive_number == box_text, Customer.archive_number, True))
    if box_text:
        readings.append(("box", _starts_with(ArchiveBox.number, box_text), ArchiveBox.number, False))
    return readings


def _base(from_customers: bool):
    columns = (Customer.id.alias("customer_id"), Customer.name.alias("customer_name"), Customer.archive_number,
               Customer.phone, Vehicle.id.alias("vehicle_id"), Vehicle.vin, Vehicle.plate, Vehicle.model,
               Vehicle.delivery_date, ArchiveBox.number.alias("box_number"))
    if from_customers:
        query = (Customer.select(*columns).join(Vehicle, JOIN.LEFT_OUTER, on=(Vehicle.customer == Customer.id))
                 .join(ArchiveBox, JOIN.LEFT_OUTER, on=(Vehicle.box == ArchiveBox.id)))
    else:
        query = (Vehicle.select(*columns).join(Customer, on=(Vehicle.customer == Customer.id))
                 .join(ArchiveBox, JOIN.LEFT_OUTER, on=(Vehicle.box == ArchiveBox.id)))
    return query


def _in_dates(date_from: date | None, date_to: date | None):
    first, last = date_from or date(1900, 1, 1), date_to or date(9999, 12, 31)
    visited = RepairVisit.select(RepairVisit.id).where(
        (RepairVisit.vehicle == Vehicle.id) & RepairVisit.visit_date.between(first, last))
    return Vehicle.delivery_date.between(first, last) | fn.EXISTS(visited)


def search(actor, text: str, date_from: date | None = None, date_to: date | None = None,
           limit: int = 50) -> list[Hit]:
    """Vehicles (and customers without one) matching ``text`` read every sensible way, as ``actor``,
    who needs archive.read (common.auth; refused otherwise).

    Hits come in reading order (an exact VIN before a plate before a name...), each vehicle once.
    """
    from common.auth import require

    require(actor, "archive.read")
    raw = validate.text(text)
    dated = date_from is not None or date_to is not None
    hits: dict[tuple, Hit] = {}

    def take(matched: str, query) -> None:
        for row in query.limit(limit).dicts():
            key = (row["customer_id"], row["vehicle_id"])
            if key not in hits and len(hits) < limit:
                hits[key] = Hit(matched=matched, **row)

    if not raw:
        if not dated:
            return []
        first, last = date_from or date(1900, 1, 1), date_to or date(9999, 12, 31)
        take("date", _base(False).where(Vehicle.delivery_date.between(first, last))
             .order_by(Vehicle.delivery_date.desc(), Vehicle.id))
        visited = (RepairVisit.select(RepairVisit.vehicle).where(RepairVisit.visit_date.between(first, last))
                   .order_by(RepairVisit.visit_date.desc()).limit(limit * 4))
        take("date", _base(False).where(Vehicle.id.in_(visited)).order_by(Vehicle.delivery_date.desc(), Vehicle.id))
        return list(hits.values())

    for matched, condition, order, from_customers in _readings(raw):
        if len(hits) >= limit:
            break
        where = condition & _in_dates(date_from, date_to) if dated else condition
        take(matched, _base(from_customers).where(where).order_by(order, Vehicle.id))
    return list(hits.values())


def query_plans(text: str, date_from: date | None = None, date_to: date | None = None) -> dict[str, str]:
    """The database's plan for each reading of ``text`` (for tests and bench: proof of index use)."""
    from common.db import is_sqlite

    dated = date_from is not None or date_to is not None
    plans: dict[str, str] = {}
    for matched, condition, order, from_customers in _readings(validate.text(text)):
        where = condition & _in_dates(date_from, date_to) if dated else condition
        query = _base(from_customers).where(where).order_by(order, Vehicle.id).limit(50)
        sql, params = query.sql()
        prefix = "EXPLAIN QUERY PLAN " if is_sqlite() else "EXPLAIN "
        rows = query.model._meta.database.execute_sql(prefix + sql, params).fetchall()
        lines = [row[-1] for row in rows]
        plans[matched] = "\n".join(str(line) for line in (plans.get(matched, "").splitlines() + lines))
    return plans

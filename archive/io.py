"""Import and export of archive lists (档案台账) as .xlsx.

The list has one row per vehicle: its customer (kind, name, ID number, phone, address and the
archive number the office already uses, if any), the vehicle, the responsible salesperson, the
handover day and the state of each paper of the sales checklist (原件 / 复印件 / 缺). The template
(``write_archive_template``) and the export (``export_archives``) use the same sheet and headers,
so an exported list imports again; the export adds the box number and a second sheet with the
repair visits, which the import ignores.

Import is all or nothing: every row is checked first, and each bad cell becomes one message
naming the row and column (an ``archive.import_row`` RefusalList wrapping the validator's own
refusal, so the wording is the same as on the screen). Rows of the same customer (same ID number,
or same archive number, or same kind + name + phone) share one customer; a customer already in the
database (same ID number or archive number) gets the new vehicles. Only when all rows pass are
they written, in one transaction, with bulk inserts and ids assigned here, which keeps 20,000 rows
within seconds; an audit row records the counts.
"""
from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Callable

from peewee import JOIN, IntegrityError

from common import audit
from common.actor import Actor
from common.auth import require
from common.db import database, is_sqlite
from common.errors import Refusal, RefusalList
from common.excel import Sheet, column_letter, read_sheet, write_workbook
from common.personal_data import export_personal
from common.yes_no import yes_no

from archive import validate
from archive.files import archive_number_for, default_warranty_until, sees_id_numbers
from archive.models import (
    COMPANY, COPY, MISSING, ORIGINAL, PERSON, SALES_CHECKLIST, ArchiveBox, Customer, RepairVisit, SalesChecklistItem,
    SalesFile, Vehicle,
)
from archive.texts import (
    ARCHIVE_ARCHIVE_NUMBER_TAKEN, ARCHIVE_CUSTOMER_KIND, ARCHIVE_HANDOVER_BEFORE_DATE,
    ARCHIVE_ID_NUMBER_15_DIGITS, ARCHIVE_IMPORT_CONFLICT, ARCHIVE_IMPORT_ID_NUMBER_15_DIGITS,
    ARCHIVE_IMPORT_ID_NUMBER_CONVERTED, ARCHIVE_IMPORT_NUMBER_MISMATCH, ARCHIVE_IMPORT_NUMBER_REPEATED,
    ARCHIVE_IMPORT_REFUSED, ARCHIVE_IMPORT_ROW, ARCHIVE_IMPORT_STATE, ARCHIVE_IMPORT_VIN_REPEATED,
    ARCHIVE_IMPORT_YES_NO, ARCHIVE_REQUIRED, ARCHIVE_VIN_DUPLICATE,
)
from archive.workdays import load_calendar, sales_handover_due

SHEET = "档案台账"
VISITS_SHEET = "维修档案"
MAX_IMPORT_ROWS = 50_000

# Header text -> field code (the code is what validators name in their refusals).
CUSTOMER_HEADERS = {
    "档案编号": "archive_number",
    "客户类型": "kind",
    "客户名称": "name",
    "证件号码": "id_number",
    "电话": "phone",
    "地址": "address",
}
VEHICLE_HEADERS = {
    "车架号": "vin",
    "车牌号": "plate",
    "车型": "model",
    "颜色": "colour",
    "开票日期": "invoice_date",
    "交车日期": "delivery_date",
    "二级网点销售": "sold_by_secondary_dealer",
    "保修截止": "warranty_until",
    "销售责任人": "responsible",
    "资料移交日期": "handed_over_on",
}
CHECKLIST_HEADERS = {label: code for code, label in SALES_CHECKLIST.items()}
HEADERS = list(CUSTOMER_HEADERS) + list(VEHICLE_HEADERS) + list(CHECKLIST_HEADERS)
FIELD_HEADERS = {code: header for header, code in {**CUSTOMER_HEADERS, **VEHICLE_HEADERS}.items()}
BOX_HEADER = "档案盒号"

KIND_WORDS = {"个人": PERSON, "单位": COMPANY, "公司": COMPANY, "person": PERSON, "company": COMPANY}
KIND_LABELS = {PERSON: "个人", COMPANY: "单位"}
STATE_WORDS = {"原件": ORIGINAL, "复印件": COPY, "复印": COPY, "缺": MISSING, "无": MISSING, "": MISSING,
               "original": ORIGINAL, "copy": COPY, "missing": MISSING}
STATE_LABELS = {ORIGINAL: "原件", COPY: "复印件", MISSING: "缺"}

_KINDS = {"开票日期": "date", "交车日期": "date", "保修截止": "date", "资料移交日期": "date",
          # ID numbers are read raw: the validator recognises a number cell that lost its last
          # digits and says so in its own words.
          "证件号码": "any",
          # Codes are text even in a number cell (read with its number format: leading zeros kept).
          "电话": "code", "档案编号": "code", "车架号": "code"}
_REQUIRED = ("客户名称", "车架号", "交车日期", "销售责任人")
_OPTIONAL = tuple(h for h in HEADERS if h not in _REQUIRED)


@dataclass(frozen=True)
class ArchivesImported:
    rows: int
    customers_created: int
    customers_existing: int  # rows attached to customers already in the database
    vehicles: int
    warnings: tuple[Refusal, ...]  # archive.import_row around e.g. a VIN check digit: kept, not blocking
    dry_run: bool = False  # True: what the import would do; nothing was written
    skipped_hidden: tuple = ()  # row numbers of hidden rows left out at the clerk's request


def write_archive_template(path) -> Path:
    """An empty archive list with the headers and one example row to overwrite."""
    example = ["", "个人", "张伟", "11010519491231002X", "13803711234", "郑州市金水路1号",
               "LFV2A21K8G3000001", "豫A·12345", "速腾", "白色", date(2026, 1, 5), date(2026, 1, 8), "否", None,
               "李明", date(2026, 1, 9)] + ["原件"] * len(CHECKLIST_HEADERS)
    write_workbook(path, [Sheet(SHEET, HEADERS, [example], kinds=_text_kinds())])
    return Path(path)


def _text_kinds() -> dict[str, str]:
    # Written as text cells so Excel does not turn an ID number into 4.10105E+17 when edited.
    kinds = {h: "text" for h in HEADERS}
    kinds.update({h: "date" for h in ("开票日期", "交车日期", "保修截止", "资料移交日期")})
    return kinds


def export_archives(path, actor: Actor | None = None) -> dict[str, int]:
    """Every vehicle with its customer and sales checklist, and every repair visit; returns row counts.

    ID numbers are written as the actor may see them (archive.files.shown_id_number): a clerk's
    list carries them masked, which the import refuses as such, so only the full list of a role
    allowed to see them goes back in. The export needs ``personal.export`` and is audited with how
    many vehicles and which of the two it wrote (common.personal_data); without an actor (the
    program's own use) neither."""
    if actor is not None:
        require(actor, "archive.read")
    full_ids = sees_id_numbers(actor)
    states: dict[int, dict[str, str]] = {}
    for sales_file, item, state in (SalesChecklistItem.select(SalesChecklistItem.sales_file, SalesChecklistItem.item,
                                                              SalesChecklistItem.state).tuples().iterator()):
        states.setdefault(sales_file, {})[item] = state
    query = (Vehicle.select(Customer.archive_number, Customer.kind, Customer.name, Customer.id_number, Customer.phone,
                            Customer.address, Vehicle.vin, Vehicle.plate, Vehicle.model, Vehicle.colour,
                            Vehicle.invoice_date, Vehicle.delivery_date, Vehicle.sold_by_secondary_dealer,
                            Vehicle.warranty_until, SalesFile.responsible, SalesFile.handed_over_on, SalesFile.id,
                            ArchiveBox.number)
             .join(Customer, on=(Vehicle.customer == Customer.id))
             .switch(Vehicle).join(SalesFile, on=(SalesFile.vehicle == Vehicle.id))
             .switch(Vehicle).join(ArchiveBox, JOIN.LEFT_OUTER, on=(Vehicle.box == ArchiveBox.id))
             .order_by(Customer.archive_number, Vehicle.delivery_date, Vehicle.id).tuples())

    def vehicle_rows():
        for (number, kind, name, id_number, phone, address, vin, plate, model, colour, invoiced, delivered, secondary,
             warranty, responsible, handed, sales_file_id, box) in query.iterator():
            checklist = states.get(sales_file_id, {})
            shown = id_number if full_ids else validate.masked_id_number(kind, id_number)
            yield ([number, KIND_LABELS.get(kind, kind), name, shown, phone, address, vin,
                    validate.plate_display(plate) if plate else "", model, colour, invoiced, delivered,
                    "是" if secondary else "否", warranty, responsible, handed]
                   + [STATE_LABELS[checklist.get(code, MISSING)] for code in SALES_CHECKLIST] + [box or ""])

    visits = (RepairVisit.select(Vehicle.vin, RepairVisit.ro_number, RepairVisit.visit_date, RepairVisit.mileage_km,
                                 RepairVisit.amount_fen, RepairVisit.responsible, RepairVisit.handover_due,
                                 RepairVisit.handed_over_on)
              .join(Vehicle).order_by(Vehicle.vin, RepairVisit.visit_date, RepairVisit.id).tuples())
    visit_headers = ["车架号", "工单号", "进厂日期", "行驶里程", "结算金额", "服务顾问", "移交期限", "资料移交日期"]

    def write() -> dict[str, int]:
        return write_workbook(path, [
            Sheet(SHEET, HEADERS + [BOX_HEADER], vehicle_rows(), kinds={**_text_kinds(), BOX_HEADER: "text"}),
            Sheet(VISITS_SHEET, visit_headers, visits.iterator(),
                  kinds={"车架号": "text", "工单号": "text", "进厂日期": "date", "行驶里程": "int", "结算金额": "money",
                         "服务顾问": "text", "移交期限": "date", "资料移交日期": "date"}),
        ])

    if actor is None:
        return write()
    # Who took the customers' personal data out of the program, how many, and whether in full.
    return export_personal(actor, "archive_list", path, write, records=lambda counts: counts[SHEET],
                           detail={"id_numbers": "full" if full_ids else "masked"})


# -- import ---------------------------------------------------------------------------------------

class _RowProblems:
    """Collects one message per bad cell, each naming the row and the column."""

    def __init__(self, letters: dict[str, str]):
        self.letters = letters
        self.items: list[Refusal] = []
        self.warnings: list[Refusal] = []
        self.bad: frozenset = frozenset()  # headers of the current row whose cell the reader refused

    def wrap(self, row: int, refusal: Refusal, header: str | None = None) -> Refusal:
        header = header or FIELD_HEADERS.get(refusal.facts.get("field"), "")
        return RefusalList(ARCHIVE_IMPORT_ROW, [refusal], row=row, column=header, letter=self.letters.get(header, ""))

    def check(self, row: int, header: str, call, *args, **kwargs):
        if header in self.bad:
            return None  # the reader already refused this cell
        try:
            return call(*args, **kwargs)
        except Refusal as refusal:
            self.items.append(self.wrap(row, refusal, header))
            return None


def _id_number(kind: str, value, today, row: int, convert: bool, warnings: list[Refusal]) -> str | None:
    """validate.id_number, with a 15-digit first-generation number converted only on the clerk's
    word: the 18-digit form is derived, not read, so a wrong card number must not slip in unseen."""
    try:
        return validate.id_number(kind, value, today=today)
    except Refusal as refusal:
        if refusal.code != ARCHIVE_ID_NUMBER_15_DIGITS:
            raise
        if not convert:
            raise Refusal(ARCHIVE_IMPORT_ID_NUMBER_15_DIGITS, **refusal.facts) from None
        warnings.append(Refusal(ARCHIVE_IMPORT_ID_NUMBER_CONVERTED, row=row, value=refusal.facts["value"],
                                converted=refusal.facts["converted"]))
        return refusal.facts["converted"]


def _kind(value) -> str:
    word = validate.text(value)
    if not word:
        return PERSON
    kind = KIND_WORDS.get(word) or KIND_WORDS.get(word.lower())
    if kind is None:
        raise Refusal(ARCHIVE_CUSTOMER_KIND, field="kind", value=word)
    return kind


def _state(header: str, value) -> str:
    word = validate.text(value)
    state = STATE_WORDS.get(word) or STATE_WORDS.get(word.lower())
    if state is None:
        raise Refusal(ARCHIVE_IMPORT_STATE, field=header, value=word)
    return state


def _yes(value) -> bool:
    """二级网点销售: an empty cell is not given, and not given is 否 (the field's default)."""
    try:
        given = yes_no(value)
    except ValueError as word:
        raise Refusal(ARCHIVE_IMPORT_YES_NO, value=str(word)) from None
    return bool(given)


def _date(field: str, value, today: date, required: bool = False):
    if value is None:
        if required:
            raise Refusal(ARCHIVE_REQUIRED, field=field)
        return None
    return validate.not_in_future(field, value, today)


class _Rollback(Exception):
    """Raised inside the import transaction to undo a dry run."""


def import_archives(actor: Actor, path, dry_run: bool = False, skip_hidden: bool = False,
                    progress=lambda done, total: None, convert_15_digit_ids: bool = False) -> ArchivesImported:
    """Import an archive list (.xlsx, the template's sheet); all rows or none. ``dry_run`` runs
    every check and the writes, then rolls back: the counts are what a real import would do.
    ``progress(done, total)`` is called per row and once more after the writes, inside the
    transaction: raising there (ui.runner's 取消) rolls the whole import back.
    A 15-digit first-generation resident ID is refused (the message says how to confirm) unless
    the clerk confirmed ``convert_15_digit_ids``: then its 18-digit form is stored and the row
    gets a hint to check it against the card. The refusal's ``id_numbers_15`` counts them."""
    require(actor, "archive.edit")
    read_problems: list[Refusal] = []
    records = read_sheet(path, SHEET, HEADERS, kinds=_KINDS, required=_REQUIRED, max_rows=MAX_IMPORT_ROWS,
                         optional=_OPTIONAL, skip_hidden=skip_hidden, problems=read_problems)
    today = actor.today
    problems = _RowProblems({h: column_letter(HEADERS.index(h) + 1) for h in HEADERS})
    # Cells the reader refused and the rules broken are reported together, in one round.
    problems.items.extend(read_problems)
    parsed = []
    first_row_of_vin: dict[str, int] = {}
    id_of_number: dict[str, tuple[str, int]] = {}
    for index, record in enumerate(records):
        progress(index, len(records) + 1)  # the writes are the last step
        n = record.number
        problems.bad = record.bad
        kind = problems.check(n, "客户类型", _kind, record["客户类型"])
        name = problems.check(n, "客户名称", validate.required, "name", record["客户名称"])
        id_number = problems.check(n, "证件号码", _id_number, kind or PERSON, record["证件号码"], today,
                                   n, convert_15_digit_ids, problems.warnings) \
            if record["证件号码"] is not None else None
        phone = problems.check(n, "电话", validate.phone, record["电话"]) if validate.text(record["电话"]) else None
        vin = problems.check(n, "车架号", validate.vin, record["车架号"])
        if vin:
            warning = validate.vin_warning(vin)
            if warning:
                problems.warnings.append(problems.wrap(n, warning, "车架号"))
            if vin in first_row_of_vin:
                problems.items.append(problems.wrap(n, Refusal(ARCHIVE_IMPORT_VIN_REPEATED, field="vin", value=vin,
                                                               first_row=first_row_of_vin[vin]), "车架号"))
            else:
                first_row_of_vin[vin] = n
        plate = problems.check(n, "车牌号", validate.plate, record["车牌号"]) if validate.text(record["车牌号"]) else None
        delivered = problems.check(n, "交车日期", _date, "delivery_date", record["交车日期"], today, True)
        invoiced = problems.check(n, "开票日期", _date, "invoice_date", record["开票日期"], today)
        handed = problems.check(n, "资料移交日期", _date, "handed_over_on", record["资料移交日期"], today)
        if handed and delivered and handed < delivered:
            problems.items.append(problems.wrap(n, Refusal(
                ARCHIVE_HANDOVER_BEFORE_DATE, kind="sales", vin=vin or "", value=handed.isoformat(),
                base_date=delivered.isoformat()), "资料移交日期"))
        secondary = problems.check(n, "二级网点销售", _yes, record["二级网点销售"])
        responsible = problems.check(n, "销售责任人", validate.required, "responsible", record["销售责任人"])
        states = {code: problems.check(n, header, _state, header, record[header])
                  for header, code in CHECKLIST_HEADERS.items()}
        number = validate.text(record["档案编号"]).upper()
        if number and id_number:
            first = id_of_number.setdefault(number, (id_number, n))
            if first[0] != id_number:
                problems.items.append(problems.wrap(n, Refusal(
                    ARCHIVE_IMPORT_NUMBER_REPEATED, field="archive_number", value=number, first_row=first[1]), "档案编号"))
        parsed.append(dict(
            row=n, kind=kind, name=name, id_number=id_number, phone=phone,
            address=validate.text(record["地址"])[:200],
            archive_number=validate.text(record["档案编号"]).upper() or None,
            vin=vin, plate=plate, model=validate.text(record["车型"])[:64], colour=validate.text(record["颜色"])[:32],
            delivery_date=delivered, invoice_date=invoiced, handed_over_on=handed, secondary=bool(secondary),
            warranty_until=record["保修截止"], responsible=(responsible or "")[:32], states=states,
        ))

    try:
        result = _import_parsed(actor, path, parsed, problems, dry_run, lambda: progress(len(records), len(records) + 1))
    except _Rollback as rollback:
        result = rollback.args[0]
    return dataclasses.replace(result, skipped_hidden=records.skipped_hidden)


def _import_parsed(actor: Actor, path, parsed: list[dict], problems: _RowProblems, dry_run: bool,
                   written: Callable[[], None]) -> ArchivesImported:
    with database.atomic():
        if not is_sqlite():
            # The ids are assigned here (bulk insert); keep other PCs from inserting meanwhile.
            database.execute_sql("LOCK TABLE customer, vehicle, sales_file, sales_checklist_item "
                                 "IN SHARE ROW EXCLUSIVE MODE")
        _check_against_database(parsed, problems)
        if problems.items:
            problems.items.sort(key=lambda r: r.facts["row"])
            id_numbers_15 = sum(1 for item in problems.items
                                if getattr(item, "items", [item])[0].code == ARCHIVE_IMPORT_ID_NUMBER_15_DIGITS)
            raise RefusalList(ARCHIVE_IMPORT_REFUSED, problems.items[:500], total=len(problems.items),
                              path=str(path), id_numbers_15=id_numbers_15)
        try:
            with database.atomic():  # a savepoint: the refusal below leaves nothing behind
                result = _write(actor, parsed, problems.warnings, problems.wrap)
        except IntegrityError:
            # Another PC registered one of these customers or vehicles since the check above.
            raise Refusal(ARCHIVE_IMPORT_CONFLICT, path=str(path)) from None
        written()  # the last moment to cancel: still inside the transaction
        if dry_run:
            # Leaving the transaction by an exception rolls all of it back, the audit row too.
            raise _Rollback(dataclasses.replace(result, dry_run=True))
    return result


def _chunks(values: list, size: int = 500):
    for i in range(0, len(values), size):
        yield values[i:i + size]


def _check_against_database(parsed: list[dict], problems: _RowProblems) -> None:
    """VINs already registered; customers already there are looked up (their id is reused)."""
    vins = [p["vin"] for p in parsed if p["vin"]]
    taken: dict[str, tuple] = {}
    for chunk in _chunks(vins):
        for vin, name, number in (Vehicle.select(Vehicle.vin, Customer.name, Customer.archive_number).join(Customer)
                                  .where(Vehicle.vin.in_(chunk)).tuples()):
            taken[vin] = (name, number)
    for p in parsed:
        if p["vin"] in taken:
            name, number = taken[p["vin"]]
            problems.items.append(problems.wrap(p["row"], Refusal(ARCHIVE_VIN_DUPLICATE, field="vin", value=p["vin"],
                                                                  customer=name, archive_number=number)))
    by_id, by_number = {}, {}
    ids = sorted({p["id_number"] for p in parsed if p["id_number"]})
    numbers = sorted({p["archive_number"] for p in parsed if p["archive_number"]})
    for chunk in _chunks(ids):
        by_id.update({i: (c, name, n) for c, i, name, n in Customer.select(
            Customer.id, Customer.id_number, Customer.name, Customer.archive_number)
            .where(Customer.id_number.in_(chunk)).tuples()})
    for chunk in _chunks(numbers):
        by_number.update({n: (c, i) for c, n, i in Customer.select(Customer.id, Customer.archive_number, Customer.id_number)
                          .where(Customer.archive_number.in_(chunk)).tuples()})
    for p in parsed:
        p["existing"] = None
        if p["id_number"] in by_id:
            customer_id, _, number = by_id[p["id_number"]]
            if p["archive_number"] and p["archive_number"] != number:
                problems.items.append(problems.wrap(p["row"], Refusal(
                    ARCHIVE_IMPORT_NUMBER_MISMATCH, field="archive_number", value=p["archive_number"],
                    archive_number=number), "档案编号"))
            p["existing"] = customer_id
        elif p["archive_number"] in by_number:
            customer_id, id_number = by_number[p["archive_number"]]
            if p["id_number"] and id_number and id_number != p["id_number"]:
                problems.items.append(problems.wrap(p["row"], Refusal(
                    ARCHIVE_ARCHIVE_NUMBER_TAKEN, field="archive_number", value=p["archive_number"]), "档案编号"))
            p["existing"] = customer_id


def _next_id(model) -> int:
    return (model.select(model.id).order_by(model.id.desc()).scalar() or 0) + 1


def _write(actor: Actor, parsed: list[dict], warnings: list[Refusal], wrap) -> ArchivesImported:
    customer_id, vehicle_id = _next_id(Customer), _next_id(Vehicle)
    sales_file_id, item_id = _next_id(SalesFile), _next_id(SalesChecklistItem)
    # Archive numbers kept from the paper files must not be handed out again as a new number.
    reserved = {p["archive_number"] for p in parsed if p["archive_number"]}
    reserved.update(n for (n,) in Customer.select(Customer.archive_number)
                    .where(Customer.archive_number.is_null(False)).tuples())
    days = [p["delivery_date"] for p in parsed]
    calendar = load_calendar(min(days), max(days)) if days else None
    customers, vehicles, sales_files, items = [], [], [], []
    open_dues: list[tuple[int, date]] = []  # (row, deadline) of papers not handed over yet
    seen: dict[tuple, int] = {}
    created = existing = 0
    for p in parsed:
        # The strongest identity the row has decides who it belongs to: two rows with different
        # ID numbers are two customers even when name and phone agree.
        if p["id_number"]:
            key = ("id", p["id_number"])
        elif p["archive_number"]:
            key = ("number", p["archive_number"])
        else:
            key = ("person", p["kind"], p["name"], p["phone"])
        owner = p["existing"] or seen.get(key) or (seen.get(("number", p["archive_number"]))
                                                    if p["archive_number"] else None)
        if p["existing"]:
            existing += 1
        elif owner is None:
            owner = customer_id
            customer_id += 1
            number = p["archive_number"]
            if number is None:
                while archive_number_for(owner) in reserved:
                    owner = customer_id
                    customer_id += 1
                number = archive_number_for(owner)
            reserved.add(number)
            pinyin, initials = validate.name_keys(p["name"], p["kind"])
            digits = validate.phone_digits(p["phone"]) if p["phone"] else None
            customers.append((owner, p["kind"], p["name"], pinyin, initials, p["id_number"], p["phone"], digits,
                              digits[::-1] if digits else None, p["address"], number, actor.now))
            created += 1
        seen.setdefault(key, owner)
        if p["archive_number"]:
            seen.setdefault(("number", p["archive_number"]), owner)
        key = validate.plate_key(p["plate"]) if p["plate"] else None
        vehicles.append((vehicle_id, p["vin"], p["vin"][::-1], owner, p["plate"], key, key[::-1] if key else None,
                         p["model"], p["colour"], p["delivery_date"], p["invoice_date"], p["secondary"],
                         p["warranty_until"] or default_warranty_until(p["delivery_date"]), actor.now))
        due = sales_handover_due(p["delivery_date"], calendar)
        sales_files.append((sales_file_id, vehicle_id, p["responsible"], due, p["handed_over_on"]))
        if p["handed_over_on"] is None:
            open_dues.append((p["row"], due))
        for code, state in p["states"].items():
            items.append((item_id, sales_file_id, code, state))
            item_id += 1
        vehicle_id += 1
        sales_file_id += 1

    def insert(model, fields, rows, size):
        # Plain executemany: peewee's insert_many builds every value of 20,000 rows as SQL nodes,
        # which was most of the import's time. Each value still goes through its field's
        # db_value, so what reaches the driver is what insert_many would have sent.
        db = database.obj
        quote = lambda name: f"{db.quote[0]}{name}{db.quote[1]}"  # noqa: E731
        sql = "INSERT INTO {} ({}) VALUES ({})".format(
            quote(model._meta.table_name), ", ".join(quote(f.column_name) for f in fields),
            ", ".join([db.param] * len(fields)))
        converters = [f.db_value for f in fields]
        cursor = db.cursor()
        for chunk in _chunks(rows, size):
            cursor.executemany(sql, [tuple(convert(value) for convert, value in zip(converters, row))
                                     for row in chunk])

    insert(Customer, [Customer.id, Customer.kind, Customer.name, Customer.name_pinyin, Customer.name_initials,
                      Customer.id_number, Customer.phone, Customer.phone_digits, Customer.phone_reversed,
                      Customer.address, Customer.archive_number, Customer.created_at], customers, 2000)
    insert(Vehicle, [Vehicle.id, Vehicle.vin, Vehicle.vin_reversed, Vehicle.customer, Vehicle.plate,
                     Vehicle.plate_search, Vehicle.plate_reversed, Vehicle.model, Vehicle.colour, Vehicle.delivery_date,
                     Vehicle.invoice_date, Vehicle.sold_by_secondary_dealer, Vehicle.warranty_until,
                     Vehicle.created_at], vehicles, 2000)
    insert(SalesFile, [SalesFile.id, SalesFile.vehicle, SalesFile.responsible, SalesFile.handover_due,
                       SalesFile.handed_over_on], sales_files, 5000)
    insert(SalesChecklistItem, [SalesChecklistItem.id, SalesChecklistItem.sales_file, SalesChecklistItem.item,
                                SalesChecklistItem.state], items, 8000)
    if not is_sqlite():
        # Explicit ids bypass PostgreSQL's sequences; move them past the rows written.
        for model in (Customer, Vehicle, SalesFile, SalesChecklistItem):
            table = model._meta.table_name
            database.execute_sql(f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), "
                                 f"(SELECT COALESCE(MAX(id), 1) FROM {table}))")
    audit.record(actor, "archive.import", "archive", None,
                 {"rows": len(parsed), "customers_created": created, "customers_existing": existing,
                  "vehicles": len(vehicles),
                  "check_digit_warnings": sum(w.code == ARCHIVE_IMPORT_ROW for w in warnings),
                  "id_numbers_converted": sum(w.code == ARCHIVE_IMPORT_ID_NUMBER_CONVERTED for w in warnings)})
    # A deadline in a year nobody entered counts weekends only: each such row says so, as the
    # registration dialog does (archive.holidays.deadline_warnings), and the hints stay in row order.
    from archive.holidays import deadline_warnings

    unknown = {w.facts["year"] for w in deadline_warnings(*(due for _, due in open_dues))}
    warnings = warnings + [wrap(row, deadline_warnings(due)[0], "交车日期") for row, due in open_dues if due.year in unknown]
    warnings.sort(key=lambda w: w.facts["row"])
    return ArchivesImported(len(parsed), created, existing, len(vehicles), tuple(warnings))

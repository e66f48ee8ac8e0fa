"""Use cases of the vehicle archive (一车两档): customers, vehicles with their sales file, repair
visits, checklist states, handovers, the overdue list and archive boxes.

Every write is one function = one transaction with its audit row; a refusal leaves the database
unchanged. Uniqueness (VIN, RO number, ID number, archive number, box number) is enforced by the
unique indexes of migration 0003: we insert, and only when the database says no do we look up
what is already there to tell the clerk about it.

Audit details name fields and codes, never personal values (ID numbers, phones, names).
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from peewee import IntegrityError, prefetch

from common import audit
from common.actor import Actor
from common.auth import require
from common.db import database
from common.errors import Refusal, RefusalList

from archive import validate, workdays
from archive.models import (
    CUSTOMER_KINDS, ITEM_STATES, MISSING, REPAIR_CHECKLIST, SALES_CHECKLIST, ArchiveBox, Customer,
    RepairChecklistItem, RepairVisit, SalesChecklistItem, SalesFile, Vehicle,
)
from archive.texts import (
    ARCHIVE_ALREADY_BOXED, ARCHIVE_ARCHIVE_NUMBER_TAKEN, ARCHIVE_BOX_SEALED, ARCHIVE_CUSTOMER_KIND,
    ARCHIVE_HANDOVER_ALREADY_RECORDED, ARCHIVE_HANDOVER_BEFORE_DATE, ARCHIVE_ID_NUMBER_DUPLICATE,
    ARCHIVE_NEGATIVE, ARCHIVE_NOT_WHOLE_NUMBER, ARCHIVE_PACK_REFUSED, ARCHIVE_REQUIRED,
    ARCHIVE_RO_NUMBER_DUPLICATE, ARCHIVE_UNDER_WARRANTY, ARCHIVE_UNKNOWN_BOX, ARCHIVE_UNKNOWN_CUSTOMER,
    ARCHIVE_UNKNOWN_FILE, ARCHIVE_UNKNOWN_FILE_KIND, ARCHIVE_UNKNOWN_ITEM, ARCHIVE_UNKNOWN_STATE,
    ARCHIVE_UNKNOWN_VEHICLE, ARCHIVE_VIN_DUPLICATE, ARCHIVE_VISIT_BEFORE_DELIVERY,
)

SALES, REPAIR = "sales", "repair"
WARRANTY_YEARS = 3


def archive_number_for(customer_id: int) -> str:
    """The archive number that follows the customer ID (the paper file's label)."""
    return f"{customer_id:06d}"


# -- customers ------------------------------------------------------------------------------------

def _customer_fields(actor: Actor, kind: str, name, id_number, phone, address) -> dict:
    if kind not in CUSTOMER_KINDS:
        raise Refusal(ARCHIVE_CUSTOMER_KIND, field="kind", value=kind)
    name = validate.required("name", name)
    pinyin, initials = validate.name_keys(name, kind)
    id_value = validate.id_number(kind, id_number, today=actor.today)
    phone_value = validate.phone(phone) if validate.text(phone) else None
    digits = validate.phone_digits(phone_value) if phone_value else None
    return dict(kind=kind, name=name, name_pinyin=pinyin, name_initials=initials, id_number=id_value,
                phone=phone_value, phone_digits=digits, phone_reversed=digits[::-1] if digits else None,
                address=validate.text(address))


def sees_id_numbers(actor: Actor | None) -> bool:
    """Whether ``actor`` sees ID numbers in full (PIPL: no more personal information than the work
    needs): only the roles that may see the profile's sensitive items; nobody when no one is named."""
    from archive.profile import can_view_sensitive

    return actor is not None and can_view_sensitive(actor)


def shown_id_number(actor: Actor | None, kind: str, value: str | None) -> str | None:
    """An ID number as ``actor`` may see it on a screen, in a file or on paper: in full, or masked
    (410102********1234) for a role that may not see it."""
    return value if sees_id_numbers(actor) else validate.masked_id_number(kind, value)


def _customer_conflict(id_number: str | None, archive_number: str | None, exclude_id: int | None = None) -> Refusal:
    query = Customer.select()
    if exclude_id is not None:
        query = query.where(Customer.id != exclude_id)
    if id_number:
        other = query.where(Customer.id_number == id_number).first()
        if other is not None:
            return Refusal(ARCHIVE_ID_NUMBER_DUPLICATE, field="id_number", value=id_number,
                           customer=other.name, archive_number=other.archive_number)
    return Refusal(ARCHIVE_ARCHIVE_NUMBER_TAKEN, field="archive_number", value=archive_number)


def create_customer(actor: Actor, *, kind: str, name: str, id_number=None, phone=None, address: str = "",
                    archive_number: str | None = None) -> Customer:
    """A new customer. ``archive_number`` is only given for files numbered before this program."""
    require(actor, "archive.edit")
    fields = _customer_fields(actor, kind, name, id_number, phone, address)
    legacy_number = validate.text(archive_number).upper() or None
    try:
        with database.atomic():
            customer = Customer.create(created_at=actor.now, archive_number=legacy_number, **fields)
            if legacy_number is None:
                customer.archive_number = archive_number_for(customer.id)
                customer.save(only=[Customer.archive_number])
            audit.record(actor, "archive.customer_create", "customer", customer.id,
                         {"kind": kind, "archive_number": customer.archive_number})
    except IntegrityError:
        raise _customer_conflict(fields["id_number"], legacy_number or "") from None
    return customer


def update_customer(actor: Actor, customer_id: int, *, name=None, id_number=None, phone=None,
                    address=None) -> Customer:
    """Change what was given (None leaves a field as it is; '' clears ID number or phone)."""
    require(actor, "archive.edit")
    customer = _customer(customer_id)
    fields = _customer_fields(
        actor, customer.kind,
        customer.name if name is None else name,
        customer.id_number if id_number is None else id_number,
        customer.phone if phone is None else phone,
        customer.address if address is None else address,
    )
    changed = sorted(key for key, value in fields.items()
                     if getattr(customer, key) != value and key in ("name", "id_number", "phone", "address"))
    try:
        with database.atomic():
            Customer.update(**fields).where(Customer.id == customer.id).execute()
            audit.record(actor, "archive.customer_update", "customer", customer.id, {"fields": changed})
    except IntegrityError:
        raise _customer_conflict(fields["id_number"], customer.archive_number, exclude_id=customer.id) from None
    return Customer.get_by_id(customer.id)


def _customer(customer_id: int) -> Customer:
    customer = Customer.get_or_none(Customer.id == customer_id)
    if customer is None:
        raise Refusal(ARCHIVE_UNKNOWN_CUSTOMER, customer_id=customer_id)
    return customer


# -- vehicles and their sales file ---------------------------------------------------------------

@dataclass(frozen=True)
class VehicleRegistered:
    vehicle_id: int
    sales_file_id: int
    vin: str
    handover_due: date
    warnings: tuple[Refusal, ...]  # e.g. archive.vin_check_digit: shown, not blocking


def default_warranty_until(delivery_date: date) -> date:
    try:
        return delivery_date.replace(year=delivery_date.year + WARRANTY_YEARS)
    except ValueError:  # delivered on 29 February
        return delivery_date.replace(year=delivery_date.year + WARRANTY_YEARS, day=28)


def _checklist_states(field: str, checklist: dict | None, allowed: dict) -> dict[str, str]:
    states = {code: MISSING for code in allowed}
    for code, state in (checklist or {}).items():
        if code not in allowed:
            raise Refusal(ARCHIVE_UNKNOWN_ITEM, field=field, item=code)
        if state not in ITEM_STATES:
            raise Refusal(ARCHIVE_UNKNOWN_STATE, field=field, item=code, state=state)
        states[code] = state
    return states


def register_vehicle(actor: Actor, customer_id: int, *, vin: str, delivery_date: date, responsible: str,
                     plate: str | None = None, model: str = "", colour: str = "", invoice_date: date | None = None,
                     sold_by_secondary_dealer: bool = False, warranty_until: date | None = None,
                     checklist: dict[str, str] | None = None) -> VehicleRegistered:
    """A sold vehicle and its sales file; checklist items not given start as missing."""
    require(actor, "archive.edit")
    vin_value = validate.vin(vin)
    warning = validate.vin_warning(vin_value)
    plate_value = validate.plate(plate) if validate.text(plate) else None
    plate_key = validate.plate_key(plate_value) if plate_value else None
    if delivery_date is None:
        raise Refusal(ARCHIVE_REQUIRED, field="delivery_date")
    validate.not_in_future("delivery_date", delivery_date, actor.today)
    validate.not_in_future("invoice_date", invoice_date, actor.today)
    responsible = validate.required("responsible", responsible)
    states = _checklist_states("sales_checklist", checklist, SALES_CHECKLIST)
    customer = _customer(customer_id)
    due = workdays.sales_handover_due(delivery_date)
    try:
        with database.atomic():
            vehicle = Vehicle.create(
                vin=vin_value, vin_reversed=vin_value[::-1], customer=customer, plate=plate_value,
                plate_search=plate_key, plate_reversed=plate_key[::-1] if plate_key else None,
                model=validate.text(model), colour=validate.text(colour), delivery_date=delivery_date,
                invoice_date=invoice_date, sold_by_secondary_dealer=bool(sold_by_secondary_dealer),
                warranty_until=warranty_until or default_warranty_until(delivery_date), created_at=actor.now,
            )
            sales_file = SalesFile.create(vehicle=vehicle, responsible=responsible, handover_due=due)
            SalesChecklistItem.insert_many(
                [{"sales_file": sales_file.id, "item": code, "state": state} for code, state in states.items()]
            ).execute()
            audit.record(actor, "archive.vehicle_register", "vehicle", vehicle.id,
                         {"vin": vin_value, "customer_id": customer.id, "check_digit_warning": warning is not None})
    except IntegrityError:
        other = Vehicle.select(Vehicle, Customer).join(Customer).where(Vehicle.vin == vin_value).first()
        raise Refusal(ARCHIVE_VIN_DUPLICATE, field="vin", value=vin_value,
                      customer=other.customer.name if other else "",
                      archive_number=other.customer.archive_number if other else "") from None
    from archive.holidays import deadline_warnings

    warnings = ((warning,) if warning else ()) + deadline_warnings(due)
    return VehicleRegistered(vehicle.id, sales_file.id, vin_value, due, warnings)


def _vehicle_by_vin(vin: str) -> Vehicle:
    vin_value = validate.vin(vin)
    vehicle = Vehicle.get_or_none(Vehicle.vin == vin_value)
    if vehicle is None:
        raise Refusal(ARCHIVE_UNKNOWN_VEHICLE, field="vin", value=vin_value)
    return vehicle


# -- repair visits --------------------------------------------------------------------------------

def _whole_number(field: str, value) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise Refusal(ARCHIVE_NOT_WHOLE_NUMBER, field=field, value=str(value))
    if value < 0:
        raise Refusal(ARCHIVE_NEGATIVE, field=field, value=value)
    return value


@dataclass(frozen=True)
class RepairVisitAdded:
    id: int  # the RepairVisit's id
    vin: str
    ro_number: str
    visit_date: date
    handover_due: date
    warnings: tuple[Refusal, ...]  # e.g. calendar.deadline_year_unknown: shown, not blocking


def add_repair_visit(actor: Actor, vin: str, *, visit_date: date, ro_number: str, mileage_km: int,
                     amount_fen: int, responsible: str, checklist: dict[str, str] | None = None) -> RepairVisitAdded:
    """One workshop visit in the vehicle's repair file, with its checklist."""
    require(actor, "archive.edit")
    vehicle = _vehicle_by_vin(vin)
    if visit_date is None:
        raise Refusal(ARCHIVE_REQUIRED, field="visit_date")
    validate.not_in_future("visit_date", visit_date, actor.today)
    if visit_date < vehicle.delivery_date:
        raise Refusal(ARCHIVE_VISIT_BEFORE_DELIVERY, field="visit_date", vin=vehicle.vin,
                      value=visit_date.isoformat(), delivery_date=vehicle.delivery_date.isoformat())
    ro_value = validate.required("ro_number", ro_number).upper()
    mileage = _whole_number("mileage_km", mileage_km)
    amount = _whole_number("amount_fen", amount_fen)
    responsible = validate.required("responsible", responsible)
    states = _checklist_states("repair_checklist", checklist, REPAIR_CHECKLIST)
    due = workdays.repair_handover_due(visit_date)
    try:
        with database.atomic():
            visit = RepairVisit.create(vehicle=vehicle, visit_date=visit_date, ro_number=ro_value, mileage_km=mileage,
                                       amount_fen=amount, responsible=responsible, handover_due=due)
            RepairChecklistItem.insert_many(
                [{"visit": visit.id, "item": code, "state": state} for code, state in states.items()]
            ).execute()
            audit.record(actor, "archive.visit_add", "repair_visit", visit.id, {"vin": vehicle.vin, "ro_number": ro_value})
    except IntegrityError:
        other = RepairVisit.select(RepairVisit, Vehicle).join(Vehicle).where(RepairVisit.ro_number == ro_value).first()
        raise Refusal(ARCHIVE_RO_NUMBER_DUPLICATE, field="ro_number", value=ro_value,
                      vin=other.vehicle.vin if other else "",
                      visit_date=other.visit_date.isoformat() if other else "") from None
    from archive.holidays import deadline_warnings

    return RepairVisitAdded(visit.id, vehicle.vin, ro_value, visit_date, due, deadline_warnings(due))


# -- checklists and handovers --------------------------------------------------------------------

def _file(kind: str, file_id: int):
    if kind == SALES:
        found = SalesFile.select(SalesFile, Vehicle).join(Vehicle).where(SalesFile.id == file_id).first()
    elif kind == REPAIR:
        found = RepairVisit.select(RepairVisit, Vehicle).join(Vehicle).where(RepairVisit.id == file_id).first()
    else:
        raise Refusal(ARCHIVE_UNKNOWN_FILE_KIND, kind=kind)
    if found is None:
        raise Refusal(ARCHIVE_UNKNOWN_FILE, kind=kind, file_id=file_id)
    return found


@dataclass(frozen=True)
class ChecklistChanged:
    kind: str
    file_id: int
    item: str
    state_before: str
    state: str


def set_checklist_item(actor: Actor, kind: str, file_id: int, item: str, state: str) -> ChecklistChanged:
    """Mark one paper of a sales file or repair visit as original, copy or missing."""
    require(actor, "archive.edit")
    allowed = SALES_CHECKLIST if kind == SALES else REPAIR_CHECKLIST
    _checklist_states("checklist", {item: state}, allowed)
    with database.atomic():
        _file(kind, file_id)
        model = SalesChecklistItem if kind == SALES else RepairChecklistItem
        owner = model.sales_file if kind == SALES else model.visit
        row = model.get((owner == file_id) & (model.item == item))
        if row.state != state:
            model.update(state=state).where(model.id == row.id).execute()
            audit.record(actor, "archive.checklist_set", f"{kind}_file", file_id,
                         {"item": item, "from": row.state, "to": state})
    return ChecklistChanged(kind, file_id, item, row.state, state)


@dataclass(frozen=True)
class HandoverRecorded:
    kind: str
    file_id: int
    handover_due: date
    handed_over_on: date
    workdays_late: int


def record_handover(actor: Actor, kind: str, file_id: int, handed_over_on: date) -> HandoverRecorded:
    """The day the responsible person handed the file's papers to the archive."""
    require(actor, "archive.edit")
    validate.not_in_future("handed_over_on", handed_over_on, actor.today)
    with database.atomic():
        found = _file(kind, file_id)
        base = found.vehicle.delivery_date if kind == SALES else found.visit_date
        if handed_over_on < base:
            raise Refusal(ARCHIVE_HANDOVER_BEFORE_DATE, kind=kind, vin=found.vehicle.vin,
                          value=handed_over_on.isoformat(), base_date=base.isoformat())
        if found.handed_over_on is not None:
            raise Refusal(ARCHIVE_HANDOVER_ALREADY_RECORDED, kind=kind, vin=found.vehicle.vin,
                          recorded=found.handed_over_on.isoformat(), value=handed_over_on.isoformat())
        model = SalesFile if kind == SALES else RepairVisit
        model.update(handed_over_on=handed_over_on).where(model.id == file_id).execute()
        late = workdays.load_calendar(found.handover_due, handed_over_on).workdays_late(found.handover_due, handed_over_on)
        audit.record(actor, "archive.handover", f"{kind}_file", file_id,
                     {"on": handed_over_on.isoformat(), "due": found.handover_due.isoformat(), "workdays_late": late})
    return HandoverRecorded(kind, file_id, found.handover_due, handed_over_on, late)


@dataclass(frozen=True)
class OverdueItem:
    kind: str
    file_id: int
    vin: str
    plate: str | None
    customer: str
    base_date: date  # delivery or visit date
    handover_due: date
    handed_over_on: date | None  # None: still outstanding
    workdays_late: int


@dataclass(frozen=True)
class ResponsibleOverdue:
    responsible: str
    outstanding: tuple[OverdueItem, ...]  # not handed over and past the deadline on as_of
    late: tuple[OverdueItem, ...]  # handed over after the deadline (within since..as_of)

    @property
    def count(self) -> int:
        return len(self.outstanding) + len(self.late)


def overdue_handovers(actor: Actor, as_of: date, since: date | None = None) -> list[ResponsibleOverdue]:
    """Late handovers per responsible person, for the office and the quarterly assessment.

    ``outstanding``: papers still not handed over whose deadline passed before ``as_of``.
    ``late``: papers handed over after their deadline, on a day in ``since`` .. ``as_of``.
    """
    require(actor, "archive.read")
    since = since or date(1900, 1, 1)
    found: list[tuple[str, str, dict]] = []
    for kind, model, base_field in ((SALES, SalesFile, Vehicle.delivery_date), (REPAIR, RepairVisit, RepairVisit.visit_date)):
        query = (model.select(model.id, model.responsible, model.handover_due, model.handed_over_on, base_field.alias("base"),
                              Vehicle.vin, Vehicle.plate, Customer.name.alias("customer_name"))
                 .join(Vehicle, on=(model.vehicle == Vehicle.id)).join(Customer, on=(Vehicle.customer == Customer.id))
                 .where((model.handed_over_on.is_null() & (model.handover_due < as_of))
                        | ((model.handed_over_on > model.handover_due) & model.handed_over_on.between(since, as_of)))
                 .dicts())
        found += [(kind, row["responsible"], row) for row in query]
    # Days late run from each deadline, which may lie before ``since`` (a file still outstanding
    # from last quarter): the calendar must cover the earliest of them, not just the period.
    calendar = workdays.load_calendar(min((row["handover_due"] for _, _, row in found), default=as_of), as_of)
    rows: list[tuple[str, OverdueItem]] = []
    for kind, person, row in found:
        done = row["handed_over_on"]
        late = calendar.workdays_late(row["handover_due"], done or as_of)
        rows.append((person, OverdueItem(kind, row["id"], row["vin"], row["plate"], row["customer_name"],
                                         row["base"], row["handover_due"], done, late)))
    by_person: dict[str, tuple[list, list]] = {}
    for person, item in sorted(rows, key=lambda r: (r[0], r[1].handover_due, r[1].vin)):
        outstanding, late = by_person.setdefault(person, ([], []))
        (outstanding if item.handed_over_on is None else late).append(item)
    return [ResponsibleOverdue(person, tuple(o), tuple(l)) for person, (o, l) in by_person.items()]


# -- boxes ----------------------------------------------------------------------------------------

@dataclass(frozen=True)
class BoxPacked:
    box_id: int
    number: str
    packed: tuple[str, ...]  # VINs added by this call
    total: int  # vehicles in the box now


def pack_vehicles(actor: Actor, box_number: str, vins: list[str]) -> BoxPacked:
    """Pack the files of out-of-warranty vehicles into a numbered box (created on first use).

    All or nothing: one message per VIN that cannot go in, and nothing is packed.
    """
    require(actor, "archive.edit")
    number = validate.required("box_number", box_number).upper()
    problems: list[Refusal] = []
    vehicles: list[Vehicle] = []
    with database.atomic():
        ArchiveBox.insert(number=number, created_at=actor.now).on_conflict_ignore().execute()
        box = ArchiveBox.get(ArchiveBox.number == number)
        if box.sealed:
            raise Refusal(ARCHIVE_BOX_SEALED, box=number, sealed_at=box.sealed_at)
        for raw in vins:
            try:
                vehicle = _vehicle_by_vin(raw)
            except Refusal as refusal:
                problems.append(refusal)
                continue
            if vehicle.box_id == box.id:
                continue
            if vehicle.box_id is not None:
                problems.append(Refusal(ARCHIVE_ALREADY_BOXED, vin=vehicle.vin, box=vehicle.box.number))
            elif vehicle.warranty_until >= actor.today:
                problems.append(Refusal(ARCHIVE_UNDER_WARRANTY, vin=vehicle.vin,
                                        warranty_until=vehicle.warranty_until.isoformat()))
            else:
                vehicles.append(vehicle)
        if problems:
            raise RefusalList(ARCHIVE_PACK_REFUSED, problems, box=number)
        ids = [v.id for v in vehicles]
        if ids:
            Vehicle.update(box=box.id).where(Vehicle.id.in_(ids) & Vehicle.box.is_null()).execute()
            audit.record(actor, "archive.box_pack", "archive_box", box.id, {"box": number, "vins": [v.vin for v in vehicles]})
        total = Vehicle.select().where(Vehicle.box == box.id).count()
    return BoxPacked(box.id, number, tuple(v.vin for v in vehicles), total)


def seal_box(actor: Actor, box_number: str) -> ArchiveBox:
    """Close a box: its content list is printed and nothing more goes in."""
    require(actor, "archive.edit")
    number = validate.required("box_number", box_number).upper()
    with database.atomic():
        box = ArchiveBox.get_or_none(ArchiveBox.number == number)
        if box is None:
            raise Refusal(ARCHIVE_UNKNOWN_BOX, box=number)
        if box.sealed:
            raise Refusal(ARCHIVE_BOX_SEALED, box=number, sealed_at=box.sealed_at)
        box.sealed, box.sealed_at = True, actor.now
        box.save()
        audit.record(actor, "archive.box_seal", "archive_box", box.id, {"box": number})
    return box


def box_contents(actor: Actor, box_number: str):
    """The box's vehicles with their customers, in VIN order (for the printed content list)."""
    require(actor, "archive.read")
    number = validate.required("box_number", box_number).upper()
    box = ArchiveBox.get_or_none(ArchiveBox.number == number)
    if box is None:
        raise Refusal(ARCHIVE_UNKNOWN_BOX, box=number)
    return (Vehicle.select(Vehicle, Customer).join(Customer).where(Vehicle.box == box.id).order_by(Vehicle.vin))


# -- reading one vehicle --------------------------------------------------------------------------

@dataclass(frozen=True)
class VehicleFile:
    vehicle: Vehicle
    customer: Customer
    box: ArchiveBox | None
    sales_file: SalesFile
    sales_items: tuple[SalesChecklistItem, ...]
    visits: tuple[RepairVisit, ...]  # each with .items_list

    @property
    def missing_sales_items(self) -> tuple[str, ...]:
        return tuple(i.item for i in self.sales_items if i.state == MISSING)


def vehicle_file(actor: Actor, vin: str) -> VehicleFile:
    """Everything the vehicle screen shows: both files with their checklists (a handful of queries)."""
    require(actor, "archive.read")
    vehicle = _vehicle_by_vin(vin)
    customer = Customer.get_by_id(vehicle.customer_id)
    box = ArchiveBox.get_by_id(vehicle.box_id) if vehicle.box_id else None
    sales_file = SalesFile.get(SalesFile.vehicle == vehicle.id)
    visits = prefetch(vehicle.visits(), RepairChecklistItem.select().order_by(RepairChecklistItem.id))
    for visit in visits:
        visit.items_list = tuple(visit.repairchecklistitem_set)
    return VehicleFile(vehicle, customer, box, sales_file, tuple(sales_file.items()), tuple(visits))

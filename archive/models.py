"""The vehicle archive: one vehicle, two files (一车两档).

- ``Customer``: a person or a company. ``archive_number`` follows the customer ID (the office
  numbers paper files by the ID the system gives the customer), zero-padded to six digits unless
  an imported legacy number was kept. Search keys are stored next to the values so every kind of
  search is an index range scan: ``name_pinyin`` (toneless, no spaces), ``name_initials``,
  ``phone_digits`` and ``phone_reversed`` (a suffix search "尾号1234" becomes a prefix search).
- ``Vehicle``: one per VIN, owned by a customer. ``vin_reversed`` turns "the last 6-8 characters"
  into a prefix search; ``plate_search`` is the plate without its province character and
  ``plate_reversed`` its reverse (for "a plate ending in 345"). ``box`` is set once the file is
  packed into an ``ArchiveBox``; packed files stay searchable like any other.
- ``SalesFile``: exactly one per vehicle (销售档案) with its ``SalesChecklistItem`` rows, one per
  paper of ``SALES_CHECKLIST``, each original / copy / missing.
- ``RepairVisit``: one entry of the repair file (维修档案) per workshop visit, with its
  ``RepairChecklistItem`` rows (``REPAIR_CHECKLIST``).
- Both files carry the ``responsible`` person who must hand the papers over, the
  ``handover_due`` date (working days, see archive.workdays) and ``handed_over_on``.
- ``Holiday``: the editable calendar: public holidays, and 调休 Saturdays/Sundays that are
  working days (``is_workday_override``).

Migration 0003_archive creates these tables (on PostgreSQL the search keys use the "C" collation
so range scans on them use plain b-tree indexes); these classes are today's view of them.
"""
from __future__ import annotations

from peewee import BooleanField, CharField, DateField, DateTimeField, ForeignKeyField, IntegerField

from common.db import BaseModel

PERSON, COMPANY = "person", "company"
CUSTOMER_KINDS = (PERSON, COMPANY)

ORIGINAL, COPY, MISSING = "original", "copy", "missing"
ITEM_STATES = (ORIGINAL, COPY, MISSING)

# The papers of a sales file, in the order of the paper checklist. Labels are for printing and
# screens (ui/ translates them); codes are stable.
SALES_CHECKLIST: dict[str, str] = {
    "purchase_contract": "购车合同",
    "accessory_contract": "附件购买合同",
    "identity_document": "客户身份证 / 法人机构代码证 / 营业执照",
    "residence_permit": "暂住证",
    "vehicle_certificate": "车辆合格证",
    "sales_invoice": "车辆零售发票 / 增值税发票",
    "purchase_tax_certificate": "购置税证",
    "purchase_tax_receipt": "购置税收据",
    "registration_receipt": "行驶证代办回执",
    "insurance_policy": "保险单",
    "insurance_invoice": "保单发票",
    "delivery_confirmation": "提车确认书",
    "sales_outbound_slip": "销售开票出库单",
    "membership_form": "客户入会资料表",
}

REPAIR_CHECKLIST: dict[str, str] = {
    "reception_sheet": "接车单",
    "work_order": "派工单",
    "settlement_sheet": "结算单",
    "routine_inspection": "常规项目检查表",
}


class Customer(BaseModel):
    kind = CharField(max_length=8)
    name = CharField(max_length=100, index=True)
    name_pinyin = CharField(max_length=400, index=True)
    name_initials = CharField(max_length=100, index=True)
    id_number = CharField(max_length=18, null=True, unique=True)
    phone = CharField(max_length=20, null=True)
    phone_digits = CharField(max_length=20, null=True, index=True)
    phone_reversed = CharField(max_length=20, null=True, index=True)
    address = CharField(max_length=200, default="")
    archive_number = CharField(max_length=20, null=True, unique=True)
    created_at = DateTimeField()

    class Meta:
        table_name = "customer"

    def vehicles(self):
        return Vehicle.select().where(Vehicle.customer == self).order_by(Vehicle.delivery_date, Vehicle.id)


class ArchiveBox(BaseModel):
    number = CharField(max_length=32, unique=True)
    created_at = DateTimeField()
    sealed = BooleanField(default=False)
    sealed_at = DateTimeField(null=True)

    class Meta:
        table_name = "archive_box"

    def vehicles(self):
        return Vehicle.select().where(Vehicle.box == self).order_by(Vehicle.vin)


class Vehicle(BaseModel):
    vin = CharField(max_length=17, unique=True)
    vin_reversed = CharField(max_length=17, unique=True)
    customer = ForeignKeyField(Customer, backref="vehicle_set", on_delete="RESTRICT", index=True)
    plate = CharField(max_length=10, null=True, index=True)
    plate_search = CharField(max_length=10, null=True, index=True)
    plate_reversed = CharField(max_length=10, null=True, index=True)
    model = CharField(max_length=64, default="")
    colour = CharField(max_length=32, default="")
    delivery_date = DateField(index=True)
    invoice_date = DateField(null=True)
    sold_by_secondary_dealer = BooleanField(default=False)
    warranty_until = DateField()
    box = ForeignKeyField(ArchiveBox, null=True, backref="vehicle_set", on_delete="RESTRICT", index=True)
    created_at = DateTimeField()

    class Meta:
        table_name = "vehicle"

    def visits(self):
        return RepairVisit.select().where(RepairVisit.vehicle == self).order_by(RepairVisit.visit_date, RepairVisit.id)


class SalesFile(BaseModel):
    vehicle = ForeignKeyField(Vehicle, unique=True, on_delete="RESTRICT")
    responsible = CharField(max_length=32, index=True)
    handover_due = DateField(index=True)
    handed_over_on = DateField(null=True)

    class Meta:
        table_name = "sales_file"

    def items(self):
        return SalesChecklistItem.select().where(SalesChecklistItem.sales_file == self).order_by(SalesChecklistItem.id)


class SalesChecklistItem(BaseModel):
    sales_file = ForeignKeyField(SalesFile, on_delete="CASCADE")
    item = CharField(max_length=32)
    state = CharField(max_length=8, default=MISSING)

    class Meta:
        table_name = "sales_checklist_item"
        indexes = ((("sales_file", "item"), True),)


class RepairVisit(BaseModel):
    vehicle = ForeignKeyField(Vehicle, on_delete="RESTRICT")
    visit_date = DateField(index=True)
    ro_number = CharField(max_length=32, unique=True)
    mileage_km = IntegerField()
    amount_fen = IntegerField()
    responsible = CharField(max_length=32, index=True)
    handover_due = DateField(index=True)
    handed_over_on = DateField(null=True)

    class Meta:
        table_name = "repair_visit"
        indexes = ((("vehicle", "visit_date"), False),)

    def items(self):
        return RepairChecklistItem.select().where(RepairChecklistItem.visit == self).order_by(RepairChecklistItem.id)


class RepairChecklistItem(BaseModel):
    visit = ForeignKeyField(RepairVisit, on_delete="CASCADE")
    item = CharField(max_length=32)
    state = CharField(max_length=8, default=MISSING)

    class Meta:
        table_name = "repair_checklist_item"
        indexes = ((("visit", "item"), True),)


class Holiday(BaseModel):
    day = DateField(unique=True)
    name = CharField(max_length=32)
    is_workday_override = BooleanField(default=False)

    class Meta:
        table_name = "holiday"

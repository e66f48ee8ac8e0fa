"""The vehicle archive (一车两档): customers, vehicles, sales files, repair visits, their checklist
items, archive boxes and the holiday calendar for handover deadlines.

On PostgreSQL the search-key columns use the "C" collation: a prefix search there is a range
scan (key >= 'LFV' AND key < 'LFW'), and only byte order makes that range equal to "starts with"
and lets a plain b-tree index serve it (a locale collation would also need text_pattern_ops
indexes for LIKE). SQLite compares bytes (BINARY) already.
"""
from peewee import (
    BooleanField, Check, CharField, DateField, DateTimeField, ForeignKeyField, IntegerField, Model,
)


def up(migrator, db):
    key = '"C"' if db.__class__.__name__.startswith("Postgres") else None

    class Customer(Model):
        kind = CharField(max_length=8, constraints=[Check("kind IN ('person', 'company')")])
        name = CharField(max_length=100, index=True, collation=key)
        name_pinyin = CharField(max_length=400, index=True, collation=key)
        name_initials = CharField(max_length=100, index=True, collation=key)
        id_number = CharField(max_length=18, null=True, unique=True)
        phone = CharField(max_length=20, null=True)
        phone_digits = CharField(max_length=20, null=True, index=True, collation=key)
        phone_reversed = CharField(max_length=20, null=True, index=True, collation=key)
        address = CharField(max_length=200, default="")
        archive_number = CharField(max_length=20, null=True, unique=True, collation=key)
        created_at = DateTimeField()

        class Meta:
            database = db
            table_name = "customer"

    class ArchiveBox(Model):
        number = CharField(max_length=32, unique=True, collation=key)
        created_at = DateTimeField()
        sealed = BooleanField(default=False)
        sealed_at = DateTimeField(null=True)

        class Meta:
            database = db
            table_name = "archive_box"

    class Vehicle(Model):
        vin = CharField(max_length=17, unique=True, collation=key)
        vin_reversed = CharField(max_length=17, unique=True, collation=key)
        customer = ForeignKeyField(Customer, on_delete="RESTRICT", index=True)
        plate = CharField(max_length=10, null=True, index=True, collation=key)
        plate_search = CharField(max_length=10, null=True, index=True, collation=key)
        plate_reversed = CharField(max_length=10, null=True, index=True, collation=key)
        model = CharField(max_length=64, default="")
        colour = CharField(max_length=32, default="")
        delivery_date = DateField(index=True)
        invoice_date = DateField(null=True)
        sold_by_secondary_dealer = BooleanField(default=False)
        warranty_until = DateField()
        box = ForeignKeyField(ArchiveBox, null=True, on_delete="RESTRICT", index=True)
        created_at = DateTimeField()

        class Meta:
            database = db
            table_name = "vehicle"

    class SalesFile(Model):
        vehicle = ForeignKeyField(Vehicle, unique=True, on_delete="RESTRICT")
        responsible = CharField(max_length=32, index=True)
        handover_due = DateField(index=True)
        handed_over_on = DateField(null=True)

        class Meta:
            database = db
            table_name = "sales_file"

    states = Check("state IN ('original', 'copy', 'missing')")

    class SalesChecklistItem(Model):
        sales_file = ForeignKeyField(SalesFile, on_delete="CASCADE")
        item = CharField(max_length=32)
        state = CharField(max_length=8, default="missing", constraints=[states])

        class Meta:
            database = db
            table_name = "sales_checklist_item"
            indexes = ((("sales_file", "item"), True),)

    class RepairVisit(Model):
        vehicle = ForeignKeyField(Vehicle, on_delete="RESTRICT")
        visit_date = DateField(index=True)
        ro_number = CharField(max_length=32, unique=True)
        mileage_km = IntegerField(constraints=[Check("mileage_km >= 0")])
        amount_fen = IntegerField(constraints=[Check("amount_fen >= 0")])
        responsible = CharField(max_length=32, index=True)
        handover_due = DateField(index=True)
        handed_over_on = DateField(null=True)

        class Meta:
            database = db
            table_name = "repair_visit"
            indexes = ((("vehicle", "visit_date"), False),)

    class RepairChecklistItem(Model):
        visit = ForeignKeyField(RepairVisit, on_delete="CASCADE")
        item = CharField(max_length=32)
        state = CharField(max_length=8, default="missing", constraints=[states])

        class Meta:
            database = db
            table_name = "repair_checklist_item"
            indexes = ((("visit", "item"), True),)

    class Holiday(Model):
        day = DateField(unique=True)
        name = CharField(max_length=32)
        is_workday_override = BooleanField(default=False)

        class Meta:
            database = db
            table_name = "holiday"

    db.create_tables([Customer, ArchiveBox, Vehicle, SalesFile, SalesChecklistItem, RepairVisit,
                      RepairChecklistItem, Holiday])

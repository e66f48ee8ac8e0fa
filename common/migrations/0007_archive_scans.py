"""Scans and photos of archive papers, stored in the database itself.

``scan_blob`` holds each distinct content once, keyed by its SHA-256 (hex): the same photo
attached twice (or to two papers) is stored once. Keeping the bytes in the database, not in a
folder next to it, is what makes scans work the same for a clerk's single SQLite file and for
several PCs sharing one PostgreSQL server (no shared drive to mount), and a backup of the
database is a backup of the scans.

``scan`` attaches one blob to one checklist item: a sales checklist item or a repair checklist
item (exactly one of the two, enforced by a CHECK). ``vehicle_id`` repeats the item's vehicle so
the vehicle screen lists its scans with one indexed query instead of two three-table joins;
``archive.checks`` verifies it still agrees with the item.
"""
from peewee import BlobField, Check, CharField, DateTimeField, ForeignKeyField, IntegerField, Model


def up(migrator, db):
    class User(Model):
        class Meta:
            database = db
            table_name = "user"

    class Vehicle(Model):
        class Meta:
            database = db
            table_name = "vehicle"

    class SalesChecklistItem(Model):
        class Meta:
            database = db
            table_name = "sales_checklist_item"

    class RepairChecklistItem(Model):
        class Meta:
            database = db
            table_name = "repair_checklist_item"

    class ScanBlob(Model):
        sha256 = CharField(max_length=64, unique=True)
        size_bytes = IntegerField(constraints=[Check("size_bytes > 0")])
        mime_type = CharField(max_length=64)
        content = BlobField()
        created_at = DateTimeField()

        class Meta:
            database = db
            table_name = "scan_blob"

    class Scan(Model):
        blob = ForeignKeyField(ScanBlob, on_delete="RESTRICT", index=True)
        vehicle = ForeignKeyField(Vehicle, on_delete="RESTRICT", index=True)
        sales_item = ForeignKeyField(SalesChecklistItem, null=True, on_delete="RESTRICT", index=True)
        repair_item = ForeignKeyField(RepairChecklistItem, null=True, on_delete="RESTRICT", index=True)
        file_name = CharField(max_length=200)
        added_at = DateTimeField()
        added_by = ForeignKeyField(User, null=True, on_delete="SET NULL")

        class Meta:
            database = db
            table_name = "scan"
            constraints = [Check("(sales_item_id IS NULL) <> (repair_item_id IS NULL)")]

    db.create_tables([ScanBlob, Scan])

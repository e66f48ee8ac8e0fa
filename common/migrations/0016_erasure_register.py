"""The erasure register (issue 15 item 4, archive/erasure.py).

``erasure_register``: one row per erasure of a customer's personal data (a Mackay 66 profile erased
on the customer's request, or its sensitive items erased when consent was withdrawn). It keeps the
customer's id and SHA-256 hashes of the customer's identifying keys, never the data itself, and a
random ``entry`` id shared with the register file beside a SQLite database, so a restore can tell
which erasures the restored file has already seen.
"""
from peewee import CharField, DateTimeField, IntegerField, Model


def up(migrator, db):
    class ErasureRegister(Model):
        entry = CharField(max_length=32, unique=True)
        at = DateTimeField()
        kind = CharField(max_length=16)
        customer_id = IntegerField()
        key_hashes = CharField(max_length=400)
        username = CharField(max_length=64, default="")

        class Meta:
            database = db
            table_name = "erasure_register"

    db.create_tables([ErasureRegister])

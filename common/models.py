"""Tables shared by both domains.

- ``User``: a person who logs in, with one role (clerk, finance, manager, admin). Passwords are
  stored as scrypt hashes; repeated failures lock the account for a while.
- ``AuditLog``: append-only (database triggers refuse UPDATE and DELETE). Each row says who did
  what to which record and when; it is written in the same transaction as the change itself, so a
  change without its audit row (or the reverse) cannot exist.
- ``Setting``: small key/value settings that belong to the branch, not to one PC (branch name...).

Migrations under common/migrations/ create these tables from frozen copies; these classes are
today's view of them.
"""
from __future__ import annotations

from peewee import BooleanField, CharField, DateTimeField, ForeignKeyField, IntegerField, TextField

from common.db import BaseModel


class User(BaseModel):
    username = CharField(max_length=64, unique=True)
    display_name = CharField(max_length=64)
    role = CharField(max_length=16)
    password_hash = CharField(max_length=255)
    active = BooleanField(default=True)
    failed_logins = IntegerField(default=0)
    locked_until = DateTimeField(null=True)
    created_at = DateTimeField()
    password_changed_at = DateTimeField(null=True)
    must_change_password = BooleanField(default=False)  # migration 0017: set by an admin's create / reset


class AuditLog(BaseModel):
    at = DateTimeField(index=True)
    user = ForeignKeyField(User, null=True, backref="audit_rows", on_delete="RESTRICT")
    username = CharField(max_length=64)
    action = CharField(max_length=64, index=True)
    entity = CharField(max_length=64)
    entity_id = CharField(max_length=64, null=True)
    detail = TextField(default="")
    # The hash chain (migration 0015, common/audit.py): place, predecessor's hash, own hash.
    seq = IntegerField(null=True, unique=True)
    prev_hash = CharField(max_length=64, default="")
    row_hash = CharField(max_length=64, default="")

    class Meta:
        indexes = ((("entity", "entity_id"), False),)


class Setting(BaseModel):
    key = CharField(max_length=64, primary_key=True)
    value = TextField()

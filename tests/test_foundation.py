"""The data layer, users and the audit log, on SQLite and PostgreSQL alike."""
import json
from datetime import timedelta

import peewee
import pytest

from common import auth, schema
from common.errors import Refusal
from common.models import AuditLog, User
from tests.conftest import NOW, TEST_PASSWORD


def test_new_database_is_at_the_latest_schema_version(db):
    status = schema.status()
    assert status.pending == [] and status.unknown == []
    assert status.version == status.latest >= 1


def test_login_with_the_right_password_is_audited(actors):
    actor = auth.authenticate("clerk", TEST_PASSWORD, NOW)
    assert actor.user.role == "clerk"
    assert AuditLog.select().where((AuditLog.action == "login") & (AuditLog.username == "clerk")).count() == 1


def test_five_wrong_passwords_lock_the_account_even_with_the_right_one(actors):
    for attempt in range(4):
        with pytest.raises(Refusal) as refused:
            auth.authenticate("clerk", "wrong", NOW + timedelta(seconds=attempt))
        assert refused.value.code == "auth.failed"
        # Worded as for an unknown name (the attempts left would tell the name exists); logged.
        assert refused.value.facts == {"username": "clerk"}
        assert json.loads(AuditLog.select().order_by(AuditLog.id.desc()).first().detail)["remaining"] == 4 - attempt
    with pytest.raises(Refusal) as refused:
        auth.authenticate("clerk", "wrong", NOW + timedelta(seconds=5))
    assert refused.value.code == "auth.locked"
    with pytest.raises(Refusal) as refused:
        auth.authenticate("clerk", TEST_PASSWORD, NOW + timedelta(minutes=1))
    assert refused.value.code == "auth.locked"
    # After the lockout the right password works again.
    assert auth.authenticate("clerk", TEST_PASSWORD, NOW + timedelta(minutes=16)).user.username == "clerk"


def test_unknown_user_and_wrong_password_read_the_same(actors):
    with pytest.raises(Refusal) as unknown:
        auth.authenticate("nobody", "x", NOW)
    assert unknown.value.code == "auth.failed"


def test_permissions_are_checked_in_the_domain(actors):
    with pytest.raises(Refusal) as refused:
        auth.create_user(actors["clerk"], "li", "李四", "clerk", "long-enough-1")
    assert refused.value.code == "auth.forbidden"
    assert not User.select().where(User.username == "li").exists()
    user = auth.create_user(actors["admin"], "li", "李四", "clerk", "long-enough-1")
    assert auth.authenticate("li", "long-enough-1", NOW).user.id == user.id


def test_password_is_stored_as_a_memory_hard_hash(actors):
    auth.create_user(actors["admin"], "zhao", "赵六", "finance", "zhao-password")
    stored = User.get(User.username == "zhao").password_hash
    assert stored.startswith("scrypt$") and "zhao-password" not in stored


def test_full_width_password_typed_by_an_ime_still_verifies(actors):
    auth.create_user(actors["admin"], "qian", "钱七", "clerk", "qian12345x")
    assert auth.authenticate("qian", "ｑｉａｎ１２３４５ｘ", NOW).user.username == "qian"


def test_the_last_admin_cannot_be_demoted_or_disabled(actors):
    admin = actors["admin"]
    with pytest.raises(Refusal) as refused:
        auth.update_user(admin, admin.user.id, role="clerk")
    assert refused.value.code == "auth.last_admin"
    with pytest.raises(Refusal):
        auth.update_user(admin, admin.user.id, active=False)
    assert User.get_by_id(admin.user.id).role == "admin"


def test_audit_log_refuses_updates_and_deletes(actors):
    auth.create_user(actors["admin"], "sun", "孙八", "clerk", "sun-password")
    row = AuditLog.select().order_by(AuditLog.id.desc()).get()
    with pytest.raises(peewee.DatabaseError):
        with AuditLog._meta.database.atomic():
            AuditLog.update(action="tampered").where(AuditLog.id == row.id).execute()
    with pytest.raises(peewee.DatabaseError):
        with AuditLog._meta.database.atomic():
            AuditLog.delete().where(AuditLog.id == row.id).execute()
    assert AuditLog.get_by_id(row.id).action == "user.create"


def test_a_refused_change_leaves_no_audit_row(actors):
    before = AuditLog.select().count()
    with pytest.raises(Refusal):
        auth.create_user(actors["admin"], "clerk", "重名", "clerk", "long-enough-1")
    assert AuditLog.select().count() == before

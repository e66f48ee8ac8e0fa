"""Branch identity (issue 12 item 1): stored in the branch's settings, set by an admin only,
validated field by field, audited with old and new values; on SQLite and PostgreSQL."""
from __future__ import annotations

import json
from datetime import datetime

import pytest

from common import branch
from common.branch import BranchIdentity
from common.errors import Refusal
from common.models import AuditLog, Setting

HENAN = BranchIdentity(name="河南分公司客服部", brand="红旗", address="河南省郑州市金水区花园路 88 号",
                       phone="0371-6588 1234", code="HN01")
LATER = datetime(2026, 3, 2, 9, 30)


def test_unset_identity_reads_the_default_name_and_is_not_set(db):
    assert branch.identity() == BranchIdentity(name="分公司客服部", brand="", address="", phone="", code="")
    assert not branch.is_set()
    assert branch.branch_name() == "分公司客服部"


def test_admin_sets_the_identity_it_reads_back_and_is_audited(actors):
    stored = branch.set_identity(actors["admin"], HENAN, LATER)
    assert stored == HENAN
    assert branch.identity() == HENAN
    assert branch.is_set()
    assert branch.branch_name() == "河南分公司客服部"
    # the key the reports read before this module keeps holding the name
    assert Setting.get_by_id("branch_name").value == "河南分公司客服部"
    row = AuditLog.select().where(AuditLog.action == "branch.set").get()
    assert row.at == LATER and row.username == "admin"
    detail = json.loads(row.detail)
    assert detail["old"]["name"] == "" and detail["new"]["name"] == "河南分公司客服部"

    branch.set_identity(actors["admin"], branch.with_changes(HENAN, phone="400-800-1234"), LATER)
    second = json.loads(AuditLog.select().where(AuditLog.action == "branch.set").order_by(AuditLog.id.desc()).get().detail)
    assert second == {"name": "河南分公司客服部", "old": {"phone": "0371-6588 1234"}, "new": {"phone": "400-800-1234"}}
    # saved again unchanged: nothing to record
    branch.set_identity(actors["admin"], branch.with_changes(HENAN, phone="400-800-1234"), LATER)
    assert AuditLog.select().where(AuditLog.action == "branch.set").count() == 2


@pytest.mark.parametrize("role", ["clerk", "finance", "manager"])
def test_only_an_admin_may_set_it(actors, role):
    with pytest.raises(Refusal) as refused:
        branch.set_identity(actors[role], HENAN, LATER)
    assert refused.value.code == "auth.forbidden"
    assert not branch.is_set()
    assert not AuditLog.select().where(AuditLog.action == "branch.set").exists()


@pytest.mark.parametrize("changes, code, field", [
    ({"name": "   "}, "branch.name_required", "name"),
    ({"name": "河" * 41}, "branch.name_too_long", "name"),
    ({"brand": "红" * 41}, "branch.brand_too_long", "brand"),
    ({"address": "路" * 121}, "branch.address_too_long", "address"),
    ({"phone": "打电话"}, "branch.phone_invalid", "phone"),
    ({"phone": "12345"}, "branch.phone_invalid", "phone"),
    ({"phone": "0371-6588-1234-5555-6666"}, "branch.phone_invalid", "phone"),
    ({"code": "HN-01"}, "branch.code_invalid", "code"),
    ({"code": "河南"}, "branch.code_invalid", "code"),
    ({"code": "H"}, "branch.code_invalid", "code"),
])
def test_each_bad_field_is_refused_by_name_and_nothing_is_written(actors, changes, code, field):
    branch.set_identity(actors["admin"], HENAN, LATER)
    with pytest.raises(Refusal) as refused:
        branch.set_identity(actors["admin"], branch.with_changes(HENAN, **changes), LATER)
    assert refused.value.code == code
    assert refused.value.facts["field"] == field
    assert branch.identity() == HENAN


def test_input_is_normalised_but_the_name_stays_as_typed(actors):
    typed = BranchIdentity(name="  河南分公司客服部（郑州）  ", brand=" 红旗 ", address="郑州市",
                           phone="０３７１－６５８８１２３４转８０１", code="hn01")
    stored = branch.set_identity(actors["admin"], typed, LATER)
    assert stored.name == "河南分公司客服部（郑州）"
    assert stored.phone == "0371-65881234转801"
    assert stored.code == "HN01" and stored.brand == "红旗"


@pytest.mark.parametrize("phone", ["13800138000", "(0371)65881234", "+86 371 6588 1234", "400-800-1234",
                                   "0371-65881234 / 13800138000", ""])
def test_plausible_phones_are_accepted(actors, phone):
    assert branch.set_identity(actors["admin"], branch.with_changes(HENAN, phone=phone), LATER).phone == phone

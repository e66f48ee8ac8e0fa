"""Accounts as the audit log says they were set: a role or an account written into the file is found.

Every account is created through common.auth (audited ``user.create`` with its role) and changed
through it (``user.update`` with the old and new role and active flag). Replaying those rows gives
each account's role and state; an account whose ``user`` row differs, or that has no
``user.create`` row at all, was written into the database file directly: a manager who gives
himself admin in a copy of the file and then restores it, say. Whoever also forges the audit rows
breaks the hash chain (common.audit), which ``check`` verifies too.
"""
from __future__ import annotations

import json

from common.audit import Problem
from common.models import AuditLog, User


def verify_users() -> list[Problem]:
    audited: dict[str, dict] = {}
    rows = (AuditLog.select(AuditLog.action, AuditLog.entity_id, AuditLog.detail)
            .where((AuditLog.entity == "user") & AuditLog.action.in_(["user.create", "user.update"]))
            .order_by(AuditLog.id).tuples())
    for action, entity_id, detail in rows:
        try:
            facts = json.loads(detail) if detail else {}
        except ValueError:
            facts = {}
        if action == "user.create":
            audited[str(entity_id)] = {"role": facts.get("role"), "active": True}
        elif str(entity_id) in audited:
            state = audited[str(entity_id)]
            if isinstance(facts.get("role"), list):
                state["role"] = facts["role"][-1]
            if isinstance(facts.get("active"), list):
                state["active"] = bool(facts["active"][-1])
    problems = []
    for user in User.select(User.id, User.username, User.role, User.active).order_by(User.id):
        state = audited.get(str(user.id))
        if state is None:
            problems.append(Problem("users.unaudited", {"user": user.username, "role": user.role}))
        elif state["role"] != user.role:
            problems.append(Problem("users.role_differs", {"user": user.username, "role": user.role,
                                                           "audited_role": state["role"]}))
        elif state["active"] != bool(user.active):
            problems.append(Problem("users.active_differs", {"user": user.username, "active": bool(user.active)}))
    return problems

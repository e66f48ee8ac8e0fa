"""The audit log: who did what to which record, and when.

``record`` must be called inside the transaction of the change it describes, so the change and its
audit row commit together or not at all. Rows are never updated or deleted (database triggers
enforce it). Details never hold sensitive personal values, only which fields were touched.
"""
from __future__ import annotations

import json

from common.actor import Actor
from common.models import AuditLog


def record(actor: Actor, action: str, entity: str, entity_id=None, detail=None):
    """Append one audit row for a change made by a logged-in actor."""
    return record_at(actor.now, action, entity, entity_id, detail, user=actor.user)


def record_at(now, action: str, entity: str, entity_id=None, detail=None, *, user=None, username: str = ""):
    """Audit an event that has a time but no logged-in actor (login attempts, first setup)."""
    if isinstance(detail, (dict, list)):
        detail = json.dumps(detail, ensure_ascii=False, sort_keys=True, default=str)
    return AuditLog.create(
        at=now,
        user=user,
        username=user.username if user is not None else username,
        action=action,
        entity=entity,
        entity_id=None if entity_id is None else str(entity_id),
        detail=detail or "",
    )


def rows_for(entity: str, entity_id):
    return AuditLog.select().where((AuditLog.entity == entity) & (AuditLog.entity_id == str(entity_id))).order_by(
        AuditLog.id
    )

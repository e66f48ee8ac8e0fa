"""Who sees which count of the 今日 page: one map for the page (ui.today) and `main.py today`.

Each role sees the cards of its own work: the login and account cards are about everyone's
activity (audit.read), the service cards belong to whoever makes the calls (callbacks.edit), the
parts cards to whoever posts documents (parts.post). A card is keyed by the name it has in
`today --json`. A card missing here is shown to nobody (``KeyError`` from ``permission_for``), so
a new card cannot reach a role by oversight.
"""
from __future__ import annotations

from common.auth import can

EVERYONE = ""

CARD_PERMISSIONS: dict[str, str] = {
    "audit_today": "audit.read",
    "logins_today": "audit.read",
    "failed_logins_today": "audit.read",
    "locked_accounts": "audit.read",
    "active_users": "audit.read",
    "callbacks_due": "callbacks.edit",
    "callbacks_overdue": "callbacks.edit",
    "care_birthday": "callbacks.edit",
    "care_festival": "callbacks.edit",
    "care_maintenance": "callbacks.edit",
    "care_inspection": "callbacks.edit",
    "care_insurance": "callbacks.edit",
    "complaints_to_confirm": "complaints.confirm",
    "complaints_overdue": "callbacks.edit",
    "secondary_without_invoice": "callbacks.edit",
    "rectify_overdue": "rectify.edit",
    "members_due": "members.edit",
    "handover_unreceived": "archive.edit",
    "events_to_record": "events.edit",
    "events_seats_open": "events.edit",
    "daily_unsigned": "daily.produce",
    "daily_unsent": "daily.produce",
    "open_disputes": "reconcile.manage",
    "below_safety_stock": "parts.post",
    "transit_overdue": "parts.post",
    "owed_by_overdue": "parts.post",
    "owed_to_overdue": "parts.post",
}


def permission_for(card: str) -> str:
    """The common.auth permission a role needs to see ``card`` (EVERYONE: no permission)."""
    return CARD_PERMISSIONS[card]


def may_see(user, card: str) -> bool:
    permission = permission_for(card)
    return permission == EVERYONE or can(user, permission)

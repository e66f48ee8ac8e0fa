"""Customers' personal information leaving the program: every export and print of it goes through
``export_personal`` (PIPL Art. 55: who took what, how many records, into which file).

It checks the permission ``personal.export`` (common.auth: the clerk and the manager, who work with
customers; not finance nor the administrator). A refused attempt is audited too, in its own
transaction, so the refusal cannot roll its record back. A done export is audited after the file
is written: a write that fails leaves no record of an export that did not happen.

Which exports: the archive list (archive.io.export_archives), a customer's Mackay 66 form
(archive.profile_print), the cover sheet and box list of the paper archive (archive.print), the
callback reports with their customer lines (archive.callbacks.write_report) and the tables of
customers and callback lists the GUI exports to Excel (ui/personal_export.py). No Qt here.
"""
from __future__ import annotations

from pathlib import Path
from typing import Callable, TypeVar

from common import audit
from common.actor import Actor
from common.auth import can
from common.db import database
from common.errors import Refusal

PERMISSION = "personal.export"
ACTION = "personal.export"
ACTION_REFUSED = "personal.export_refused"
ENTITY = "personal_data"

T = TypeVar("T")


def may_export(actor: Actor) -> bool:
    return can(actor.user, PERMISSION)


def export_personal(actor: Actor, what: str, path, write: Callable[[], T], *,
                    records: int | Callable[[T], int], detail: dict | None = None,
                    entity: str = ENTITY, entity_id=None) -> T:
    """Run ``write()`` (which writes the file ``path``) if ``actor`` may export personal data, and
    audit it: ``what`` (archive_list, mackay66, customers...), the number of ``records`` (or a
    function of what ``write`` returned giving it), the file. Refused: audited, then raised."""
    facts = {"what": what, "file": str(path), "file_name": Path(str(path)).name, **(detail or {})}
    if not may_export(actor):
        with database.atomic():
            audit.record(actor, ACTION_REFUSED, entity, entity_id, facts)
        raise Refusal("auth.forbidden", permission=PERMISSION, role=actor.user.role, user=actor.user.username)
    result = write()
    count = records(result) if callable(records) else records
    with database.atomic():
        audit.record(actor, ACTION, entity, entity_id, {**facts, "records": int(count)})
    return result

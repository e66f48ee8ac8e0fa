"""The branch's identity: who prints every report, statement, form and label, and names the window.

Data model: five values in the branch's ``Setting`` table (they belong to the branch, not to one
PC, so every PC sharing a PostgreSQL server prints the same header):

    branch_name     e.g. 河南分公司客服部 (the key printed reports have always read)
    branch_brand    the car brand the branch serves
    branch_address  postal address, printed in a report's header block
    branch_phone    the service line
    branch_code     the branch's own short code (letters and digits, e.g. HN01)

Until an admin sets them (the first-start wizard or 设置 › 分公司信息) the name reads as
``DEFAULT_NAME`` and the rest as empty, and ``is_set()`` is False. Only an admin may change them;
each change is validated field by field (a refusal names the field in its ``field`` fact) and
audited with the old and the new values. No Qt here: the command line and the PDF builders use it.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import asdict, dataclass, fields, replace
from datetime import datetime

from common import audit
from common.actor import Actor
from common.auth import require
from common.db import atomic
from common.errors import Refusal
from common.models import Setting

DEFAULT_NAME = "分公司客服部"

# Setting keys per field; "branch_name" is the key the printed reports read before this module.
KEYS = {
    "name": "branch_name",
    "brand": "branch_brand",
    "address": "branch_address",
    "phone": "branch_phone",
    "code": "branch_code",
}

# Longest accepted text per field: what fits in a report header line at 9 pt on A4 portrait.
MAX_LENGTH = {"name": 40, "brand": 40, "address": 120, "phone": 40, "code": 12}

_CODE = re.compile(r"^[A-Z0-9]{2,12}$")
# Digits with the separators people write in a Chinese phone number, optionally an extension
# (0371-6588 1234, (0371)65881234, +86 371 6588 1234, 400-800-1234, 13800138000, 0371-65881234转801),
# and several numbers separated by "/" or "、".
_ONE_PHONE = r"\+?\(?[0-9][0-9 ()\-]*[0-9](?:\s*(?:转|ext\.?|x)\s*[0-9]{1,6})?"
_PHONE = re.compile(rf"^{_ONE_PHONE}(?:\s*[/、,，]\s*{_ONE_PHONE})*$", re.IGNORECASE)
_PHONE_DIGITS = (7, 15)  # per number: a 7-digit local line up to a full international number


@dataclass(frozen=True)
class BranchIdentity:
    name: str = DEFAULT_NAME
    brand: str = ""
    address: str = ""
    phone: str = ""
    code: str = ""

    def header_parts(self) -> list[str]:
        """What a report's header prints under the name (common.pdf fits them into lines): brand,
        address, phone, code; the empty ones left out. Printed texts are Chinese, like the forms."""
        return [part for part in (self.brand, self.address,
                                  f"电话 {self.phone}" if self.phone else "",
                                  f"编码 {self.code}" if self.code else "") if part]


FIELDS = tuple(f.name for f in fields(BranchIdentity))


def identity() -> BranchIdentity:
    """The branch's identity as stored (name ``DEFAULT_NAME`` and the rest empty while unset)."""
    stored = {row.key: row.value for row in Setting.select().where(Setting.key.in_(list(KEYS.values())))}
    values = {name: stored.get(key) or "" for name, key in KEYS.items()}
    values["name"] = values["name"] or DEFAULT_NAME
    return BranchIdentity(**values)


def branch_name() -> str:
    """The name printed in every report header."""
    row = Setting.get_or_none(Setting.key == KEYS["name"])
    return row.value if row is not None and row.value else DEFAULT_NAME


def is_set() -> bool:
    """True once the branch's name has been set (the first-start wizard asks until then)."""
    row = Setting.get_or_none(Setting.key == KEYS["name"])
    return row is not None and bool(row.value.strip())


def _clean(value) -> str:
    # NFKC turns full-width digits and letters (a Chinese input method's default) into ASCII and
    # the ideographic space into a plain one; inner runs of spaces become one.
    text = unicodedata.normalize("NFKC", str(value or ""))
    return re.sub(r"\s+", " ", text).strip()


def normalised(candidate: BranchIdentity) -> BranchIdentity:
    """``candidate`` as it would be stored: trimmed, full-width characters folded, code upper-case."""
    values = {name: _clean(getattr(candidate, name)) for name in FIELDS}
    values["code"] = values["code"].upper()
    # The name is user data and keeps its own characters; only surrounding space goes.
    values["name"] = re.sub(r"\s+", " ", str(candidate.name or "")).strip()
    return BranchIdentity(**values)


def validate(candidate: BranchIdentity) -> BranchIdentity:
    """The normalised identity, or a Refusal naming the first bad field in form order."""
    value = normalised(candidate)
    if not value.name:
        raise Refusal("branch.name_required", field="name")
    for name in FIELDS:
        text = getattr(value, name)
        if len(text) > MAX_LENGTH[name]:
            raise Refusal(f"branch.{name}_too_long", field=name, maximum=MAX_LENGTH[name], length=len(text))
        if name == "phone" and text and not _phone_ok(text):
            raise Refusal("branch.phone_invalid", field="phone", value=text)
        if name == "code" and text and not _CODE.match(text):
            raise Refusal("branch.code_invalid", field="code", value=text)
    return value


def _phone_ok(text: str) -> bool:
    if not _PHONE.match(text):
        return False
    for number in re.split(r"\s*[/、,，]\s*", text):
        main = re.split(r"转|ext|x", number, flags=re.IGNORECASE)[0]
        digits = sum(ch.isdigit() for ch in main)
        if not _PHONE_DIGITS[0] <= digits <= _PHONE_DIGITS[1]:
            return False
    return True


def set_identity(actor: Actor, candidate: BranchIdentity, now: datetime | None = None) -> BranchIdentity:
    """Store the branch's identity (admin only); return it as stored. Audited as ``branch.set`` with
    the old and the new value of every field that changed; saving it unchanged writes nothing.
    Refused: nothing is written."""
    require(actor, "settings.manage")
    value = validate(candidate)
    moment = now or actor.now
    with atomic():
        before = identity()
        was_set = is_set()
        old, new = {}, {}
        for name in FIELDS:
            previous = getattr(before, name) if (was_set or name != "name") else ""
            if getattr(value, name) != previous:
                old[name], new[name] = previous, getattr(value, name)
        if not new:
            return value
        for name, key in KEYS.items():
            text = getattr(value, name)
            Setting.insert(key=key, value=text).on_conflict(
                conflict_target=[Setting.key], update={Setting.value: text}).execute()
        # "name" on top: the 今日 list names the object by it (ui.activity.DETAIL_LABELS).
        audit.record(actor.at(moment), "branch.set", "branch", value.code or None,
                     {"name": value.name, "old": old, "new": new})
    return value


def with_changes(base: BranchIdentity, **changes) -> BranchIdentity:
    """``base`` with the given fields replaced (None leaves a field as it is): for the CLI's options."""
    return replace(base, **{name: text for name, text in changes.items() if text is not None})


def as_dict(value: BranchIdentity) -> dict[str, str]:
    return asdict(value)
